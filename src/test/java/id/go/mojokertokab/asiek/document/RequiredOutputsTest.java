package id.go.mojokertokab.asiek.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.security.Lanes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal of a task whose output files are missing: what is missing, and who provides it, as a lane reads it. */
class RequiredOutputsTest {

  static final String PAGE = "http://asiek.test/staf/kegiatan/ASIEK-2026-0001/dokumen";

  @Test
  void theKadisIsToldThatAgendarisSuratUploadsTheMissingLetterScan() {
    String sentence = missing("3", Lanes.KADIS, DocumentKind.SURAT_PERMOHONAN).sentence();

    assertThat(sentence).isEqualTo("Keluaran SOP langkah 3 belum lengkap: belum ada surat permohonan. Surat permohonan diunggah oleh"
        + " Agendaris Surat; minta Agendaris Surat mengunggahnya di halaman dokumen kegiatan (" + PAGE + "), lalu selesaikan tugas ini lagi.");
  }

  @Test
  void aFileOfAnotherLaneAndOneOfTheTasksOwnLaneAreEachGivenToWhoUploadsIt() {
    String sentence = missing("3", Lanes.KADIS, DocumentKind.SURAT_PERMOHONAN, DocumentKind.LEMBAR_DISPOSISI).sentence();

    assertThat(sentence).isEqualTo("Keluaran SOP langkah 3 belum lengkap: belum ada surat permohonan dan lembar disposisi."
        + " Surat permohonan diunggah oleh Agendaris Surat; minta Agendaris Surat mengunggahnya. Lembar disposisi dapat Anda unggah"
        + " sendiri. Halaman dokumen kegiatan: " + PAGE + "; setelah semuanya ada, selesaikan tugas ini lagi.");
  }

  @Test
  void theSpeakerAndTheDocumentationStaffAreToldToUploadTheirOwnFiles() {
    assertThat(missing("4", Lanes.NARASUMBER, DocumentKind.MATERI).sentence()).isEqualTo("Keluaran SOP langkah 4 belum lengkap: belum ada"
        + " materi narasumber. Unggah di " + PAGE + ", lalu selesaikan tugas ini lagi.");
    assertThat(missing("7", Lanes.STAF_DOKUMENTASI, DocumentKind.FOTO, DocumentKind.VIDEO, DocumentKind.VIDEO_EDIT).sentence())
        .isEqualTo("Keluaran SOP langkah 7 belum lengkap: belum ada foto kegiatan, video kegiatan dan video hasil editing. Unggah di "
            + PAGE + ", lalu selesaikan tugas ini lagi.");
  }

  @Test
  void nothingIsSaidWhenEveryFileIsThere() {
    assertThat(missing("3", Lanes.KADIS).sentence()).isEmpty();
  }

  private static RequiredOutputs.Check missing(String row, String taskLane, DocumentKind... kinds) {
    List<DocumentKind> required = RequiredOutputs.required(row);
    assertThat(required).as("row " + row + " requires them").containsAll(List.of(kinds));
    return new RequiredOutputs.Check("ASIEK-2026-0001", row, required, List.of(kinds), taskLane, PAGE);
  }
}
