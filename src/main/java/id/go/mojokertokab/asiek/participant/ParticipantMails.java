package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import id.go.mojokertokab.asiek.schedule.ScheduleChange;
import java.util.List;

/**
 * The Indonesian mails a participant receives. Keys name the activity, the participant's code and what the mail says,
 * so each is sent at most once; subjects carry no name.
 */
final class ParticipantMails {

  private static final String SIGNATURE = """

      Hormat kami,

      Dinas Perpustakaan dan Kearsipan
      Kabupaten Mojokerto
      """;

  private ParticipantMails() {}

  static String key(Participant p, String what) {
    return "participant:" + p.activityNumber() + ":" + p.code() + ":" + what;
  }

  static OutgoingMail receipt(Participant p, Activity a, int waitingPlace, String schedule, String ownPage) {
    String standing = p.status() == ParticipantStatus.WAITING
        ? "Tempat sudah penuh: Anda berada di daftar tunggu nomor " + waitingPlace + ". Bila ada peserta yang membatalkan,\n"
            + "Anda naik menjadi peserta dan kami kabari melalui e-mail ini."
        : "Anda mendapat tempat sebagai peserta. Setelah pendaftaran ditutup, pustakawan menetapkan daftar peserta dan\n"
            + "kami kirimkan konfirmasi akhir beserta undangan kalender.";
    return mail(key(p, "receipt"), p, "Pendaftaran Pustaka ASIEK " + a.activityNumber() + " diterima", """
        Yth. %s,

        Terima kasih, pendaftaran Anda pada kegiatan Pustaka ASIEK %s bersama %s telah kami terima.

        %s

        Kode peserta Anda: %s (sebutkan di meja registrasi pada hari kegiatan)

        Jadwal:
        %s

        Untuk melihat atau membatalkan pendaftaran, buka:
        %s
        %s""".formatted(p.fullName(), a.activityNumber(), a.institutionName(), standing, p.displayCode(), schedule, ownPage, SIGNATURE));
  }

  static OutgoingMail cancelled(Participant p, Activity a) {
    return mail(key(p, "cancelled"), p, "Pendaftaran Pustaka ASIEK " + a.activityNumber() + " dibatalkan", """
        Yth. %s,

        Sesuai permintaan Anda, pendaftaran Anda (kode %s) pada kegiatan Pustaka ASIEK %s bersama %s telah dibatalkan.
        Tempat Anda diberikan kepada peserta berikutnya di daftar tunggu.
        %s""".formatted(p.fullName(), p.displayCode(), a.activityNumber(), a.institutionName(), SIGNATURE));
  }

  static OutgoingMail promoted(Participant p, Activity a, String schedule, String ownPage) {
    return mail(key(p, "promoted"), p, "Anda mendapat tempat di Pustaka ASIEK " + a.activityNumber(), """
        Yth. %s,

        Kabar baik: seorang peserta membatalkan pendaftarannya, dan Anda naik dari daftar tunggu menjadi peserta kegiatan
        Pustaka ASIEK %s bersama %s. Kode peserta Anda tetap %s.

        Jadwal:
        %s

        Bila Anda berhalangan, mohon batalkan agar tempat dapat diberikan kepada yang lain:
        %s
        %s""".formatted(p.fullName(), a.activityNumber(), a.institutionName(), p.displayCode(), schedule, ownPage, SIGNATURE));
  }

  static OutgoingMail confirmed(Participant p, Activity a, String schedule, String room, String ownPage, OutgoingMail.Attachment invitation) {
    return new OutgoingMail(key(p, "confirmed"), List.of(p.email()), "Konfirmasi peserta Pustaka ASIEK " + a.activityNumber(), """
        Yth. %s,

        Daftar peserta kegiatan Pustaka ASIEK %s bersama %s telah ditetapkan, dan Anda termasuk peserta.

        Kode peserta : %s (sebutkan di meja registrasi; datanglah 30 menit sebelum sesi pertama)
        Tempat       : %s
        Jadwal:
        %s

        Undangan kalender terlampir (berkas .ics). Bila Anda berhalangan, mohon batalkan melalui:
        %s
        %s""".formatted(p.fullName(), a.activityNumber(), a.institutionName(), p.displayCode(), room, schedule, ownPage, SIGNATURE),
        List.of(invitation));
  }

  static OutgoingMail noPlace(Participant p, Activity a) {
    return mail(key(p, "no-place"), p, "Pustaka ASIEK " + a.activityNumber() + ": belum ada tempat", """
        Yth. %s,

        Terima kasih atas minat Anda pada kegiatan Pustaka ASIEK %s bersama %s. Pendaftaran telah ditutup dan daftar
        peserta telah ditetapkan; mohon maaf, tempat yang tersedia tidak mencukupi sehingga Anda (daftar tunggu, kode %s)
        belum dapat kami terima sebagai peserta kali ini.
        %s""".formatted(p.fullName(), a.activityNumber(), a.institutionName(), p.displayCode(), SIGNATURE));
  }

  static OutgoingMail removed(Participant p, Activity a, String reason) {
    return mail(key(p, "removed"), p, "Pustaka ASIEK " + a.activityNumber() + ": pendaftaran tidak diterima", """
        Yth. %s,

        Pendaftaran Anda (kode %s) pada kegiatan Pustaka ASIEK %s bersama %s tidak kami terima ke dalam daftar peserta.
        Alasan: %s.

        Bila menurut Anda ini keliru, hubungi Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto dengan menyebutkan kode di atas.
        %s""".formatted(p.fullName(), p.displayCode(), a.activityNumber(), a.institutionName(), reason, SIGNATURE));
  }

  static OutgoingMail activityCancelled(Participant p, Activity a, String reason) {
    return mail(key(p, "activity-cancelled"), p, "Pembatalan kegiatan Pustaka ASIEK " + a.activityNumber(), """
        Yth. %s,

        Dengan menyesal kami sampaikan bahwa kegiatan Pustaka ASIEK %s bersama %s, yang Anda daftari (kode %s),
        dibatalkan.

        Alasan: %s
        %s""".formatted(p.fullName(), a.activityNumber(), a.institutionName(), p.displayCode(),
        reason == null || reason.isBlank() ? "-" : reason, SIGNATURE));
  }

  /** A session moved; {@code invitation} (the updated one) for those admitted, null for the waiting. */
  static OutgoingMail scheduleChanged(Participant p, Activity a, ScheduleChange change, String schedule, String room, String ownPage,
      OutgoingMail.Attachment invitation) {
    String standing = invitation == null
        ? "Anda masih di daftar tunggu; bila mendapat tempat, kami kabari melalui e-mail ini."
        : "Undangan kalender yang diperbarui terlampir (berkas .ics); aplikasi kalender memperbarui acara yang sudah ada.";
    return new OutgoingMail(key(p, "schedule-change-" + change.sequence()), List.of(p.email()),
        "Perubahan jadwal Pustaka ASIEK " + a.activityNumber(), """
        Yth. %s,

        Jadwal kegiatan Pustaka ASIEK %s bersama %s, yang Anda daftari (kode %s), berubah. Sesi %s dipindah:

        dari    : %s
        menjadi : %s

        Alasan: %s

        Jadwal yang berlaku sekarang:
        %s
        Tempat: %s

        %s Bila Anda berhalangan pada jadwal baru, mohon batalkan agar tempat dapat diberikan kepada yang lain:
        %s
        %s""".formatted(p.fullName(), a.activityNumber(), a.institutionName(), p.displayCode(), change.session(), change.from(),
        change.to(), change.reason() == null || change.reason().isBlank() ? "-" : change.reason(), schedule, room, standing, ownPage,
        SIGNATURE), invitation == null ? List.of() : List.of(invitation));
  }

  private static OutgoingMail mail(String key, Participant p, String subject, String body) {
    return new OutgoingMail(key, List.of(p.email()), subject, body);
  }
}
