package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import java.util.List;

/** The mails that carry the approved activity report: to the requester's contact, and to the KADIS. */
final class ReportMails {

  private ReportMails() {}

  static OutgoingMail toRequester(Activity a, OutgoingMail.Attachment report) {
    return new OutgoingMail("activity-report:" + a.activityNumber() + ":requester", List.of(a.contactEmail()),
        "[" + a.activityNumber() + "] Laporan pelaksanaan kegiatan Pustaka ASIEK bersama " + a.institutionName(), """
        Yth. %s
        %s

        Dengan hormat,

        Bersama ini kami sampaikan laporan pelaksanaan kegiatan Pustaka ASIEK (Pustaka Terapan – Asistensi dan \
        Eksplorasi) yang diselenggarakan atas surat Bapak/Ibu nomor %s perihal "%s" (terlampir, PDF).

        Terima kasih atas kerja sama %s. Para peserta yang hadir menerima sertifikat melalui e-mail masing-masing.

        Hormat kami,

        Dinas Perpustakaan dan Kearsipan
        Kabupaten Mojokerto
        """.formatted(a.contactName(), a.institutionName(), a.letterNumber(), a.subject(), a.institutionName()), List.of(report));
  }

  static OutgoingMail toHead(Activity a, List<String> heads, String approvedBy, OutgoingMail.Attachment report) {
    return new OutgoingMail("activity-report:" + a.activityNumber() + ":kadis", heads,
        "[" + a.activityNumber() + "] Laporan pelaksanaan kegiatan: " + a.institutionName(), """
        Yth. Kepala Dinas Perpustakaan dan Kearsipan,

        Kegiatan Pustaka ASIEK %s bersama %s telah selesai dan diarsipkan. Laporan pelaksanaan kegiatan yang \
        disetujui %s terlampir (PDF); laporan yang sama telah dikirim kepada pemohon.

        Paket arsip kegiatan dapat diunduh melalui /api/arsip/%s.zip.

        Pustaka ASIEK
        """.formatted(a.activityNumber(), a.institutionName(), approvedBy, a.activityNumber()), List.of(report));
  }
}
