package id.go.mojokertokab.asiek.activity;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import java.util.List;

/** The Indonesian texts of the mail that answers a request letter. */
final class RequestLetters {

  private RequestLetters() {}

  static OutgoingMail rejection(Activity a, String reason) {
    String body = """
        Yth. %s
        %s

        Dengan hormat,

        Terima kasih atas surat Bapak/Ibu nomor %s tanggal %s perihal "%s", yang telah kami terima dan kami catat \
        dalam agenda surat dengan nomor %s.

        Setelah kami pertimbangkan dengan saksama, dengan berat hati kami sampaikan bahwa permohonan kegiatan \
        Pustaka ASIEK (Pustaka Terapan – Asistensi dan Eksplorasi) tersebut belum dapat kami penuhi, dengan \
        pertimbangan sebagai berikut:

        %s

        Kami tetap terbuka untuk bekerja sama dengan %s pada kesempatan lain. Untuk keterangan lebih lanjut, \
        Bapak/Ibu dapat membalas e-mail ini dengan menyebutkan nomor kegiatan %s.

        Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

        Hormat kami,

        Kepala Dinas Perpustakaan dan Kearsipan
        Kabupaten Mojokerto
        """.formatted(
        a.contactName(), a.institutionName(), a.letterNumber(), OfficeCalendar.formatDate(a.letterDate()), a.subject(),
        a.agendaNumber(), indent(reason), a.institutionName(), a.activityNumber());
    return new OutgoingMail("rejection-letter:" + a.activityNumber(), List.of(a.contactEmail()),
        "[" + a.activityNumber() + "] Jawaban atas surat nomor " + a.letterNumber() + " perihal " + a.subject(), body);
  }

  /** @param nextStep the coordination task's mutu baku as the model carries it, e.g. "SOP langkah 2, waktu 1 hari" */
  static OutgoingMail dispositionForwarded(Activity a, List<String> analysts, String instruction, String note,
      String forwardedTo, String nextStep, String tasklistUrl) {
    String body = """
        Yth. Staf Analis Kerjasama,

        KADIS telah mendisposisi surat permohonan kegiatan Pustaka ASIEK berikut dan menerimanya.

        Nomor kegiatan   : %s
        Lembaga pemohon  : %s
        Perihal          : %s
        Surat            : nomor %s tanggal %s (agenda %s)
        Narahubung       : %s, %s, %s
        Usulan tanggal   : %s s.d. %s
        Perkiraan peserta: %d orang
        Diteruskan kepada: %s

        Isi disposisi:
        %s
        %s
        Langkah berikutnya (%s): sampaikan hasil disposisi dan penjelasan langkah \
        selanjutnya kepada pemohon. Tugas "Koordinasi dengan pemohon" menunggu Anda di Tasklist:
        %s

        Pesan ini dikirim otomatis oleh aplikasi Pustaka ASIEK.
        """.formatted(
        a.activityNumber(), a.institutionName(), a.subject(), a.letterNumber(),
        OfficeCalendar.formatDate(a.letterDate()), a.agendaNumber(), a.contactName(), a.contactEmail(), a.contactPhone(),
        OfficeCalendar.formatDate(a.proposedStartDate()), OfficeCalendar.formatDate(a.proposedEndDate()),
        a.expectedParticipants(), forwardedTo, indent(instruction),
        note == null || note.isBlank() ? "" : "\nCatatan KADIS:\n" + indent(note) + "\n", nextStep, tasklistUrl);
    return new OutgoingMail("disposition-forwarded:" + a.activityNumber(), analysts,
        "[" + a.activityNumber() + "] Disposisi diterima: koordinasi dengan " + a.institutionName(), body);
  }

  private static String indent(String text) {
    return text == null || text.isBlank() ? "    -" : "    " + text.strip().replace("\n", "\n    ");
  }
}
