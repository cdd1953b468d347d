package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.notification.MailProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The outputs of an SOP row that are files, and which of them an activity still lacks. Read from the table "Output" as
 * printed: row 3 "Copy surat permohonan dan disposisi" (the request letter scan and the disposition sheet), row 4 the
 * speaker's material (issue 9; the printed output of row 4 is shifted, see SOP.md), row 7 "Foto, video dan hasil
 * editing video". The task completion check calls {@link #check} and refuses the task with {@link Check#sentence()}.
 */
@Service
public class RequiredOutputs {

  /** Each kind named must have at least one document. */
  static final Map<String, List<DocumentKind>> BY_ROW = Map.of(
      "3", List.of(DocumentKind.SURAT_PERMOHONAN, DocumentKind.LEMBAR_DISPOSISI),
      "4", List.of(DocumentKind.MATERI),
      "7", List.of(DocumentKind.FOTO, DocumentKind.VIDEO, DocumentKind.VIDEO_EDIT));

  private final DocumentRepository documents;
  private final MailProperties mail;

  RequiredOutputs(DocumentRepository documents, MailProperties mail) {
    this.documents = documents;
    this.mail = mail;
  }

  /** What the row requires and what is missing; {@code missing} is empty where the row requires no file. */
  public record Check(String activityNumber, String sopRow, List<DocumentKind> required, List<DocumentKind> missing, String page) {

    public boolean complete() {
      return missing.isEmpty();
    }

    /**
     * "Keluaran SOP langkah 7 belum lengkap: belum ada foto kegiatan, video kegiatan dan video hasil editing. Unggah di
     * http://…/staf/kegiatan/ASIEK-2026-0001/dokumen." Empty when complete.
     */
    public String sentence() {
      if (complete()) {
        return "";
      }
      List<String> labels = missing.stream().map(DocumentKind::label).toList();
      String list = labels.size() == 1 ? labels.get(0)
          : String.join(", ", labels.subList(0, labels.size() - 1)) + " dan " + labels.get(labels.size() - 1);
      return "Keluaran SOP langkah " + sopRow + " belum lengkap: belum ada " + list + ". Unggah di " + page + ", lalu selesaikan tugas ini lagi.";
    }
  }

  public Check check(String activityNumber, String sopRow) {
    List<DocumentKind> required = required(sopRow);
    List<DocumentKind> missing = required.stream().filter(kind -> documents.count(activityNumber, kind) == 0).toList();
    return new Check(activityNumber, sopRow, required, missing, pageOf(activityNumber));
  }

  public static List<DocumentKind> required(String sopRow) {
    return BY_ROW.getOrDefault(sopRow, List.of());
  }

  /** The upload page of the activity, as staff reach it. */
  public String pageOf(String activityNumber) {
    return mail.publicUrl().replaceAll("/+$", "") + DocumentsPage.path(activityNumber);
  }
}
