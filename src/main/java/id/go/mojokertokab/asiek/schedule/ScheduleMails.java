package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import id.go.mojokertokab.asiek.notification.OutgoingMail.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The Indonesian mails that confirm or cancel a schedule, each with its iCalendar file. */
final class ScheduleMails {

  private ScheduleMails() {}

  static Attachment calendarFile(String method, String ics) {
    return new Attachment("undangan-pustaka-asiek.ics", "text/calendar; charset=UTF-8; method=" + method,
        ics.getBytes(StandardCharsets.UTF_8));
  }

  static OutgoingMail confirmationToRequester(Activity a, ActivitySchedule s, int sequence, String ics, OfficeCalendar calendar,
      String registrationUrl) {
    String body = """
        Yth. %s
        %s

        Dengan hormat,

        Menindaklanjuti surat Bapak/Ibu nomor %s perihal "%s", dengan ini kami sampaikan jadwal kegiatan Pustaka ASIEK
        (Pustaka Terapan – Asistensi dan Eksplorasi) yang telah disepakati:

        %s

        Tempat     : %s
        Narasumber : %s

        %s
        Undangan kalender terlampir (berkas .ics) dan dapat ditambahkan ke aplikasi kalender Bapak/Ibu. Bila ada
        perubahan, kami akan mengirimkan undangan yang diperbarui. Untuk keperluan koordinasi, mohon menyebutkan nomor
        kegiatan %s.

        Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

        Hormat kami,

        Dinas Perpustakaan dan Kearsipan
        Kabupaten Mojokerto
        """.formatted(a.contactName(), a.institutionName(), a.letterNumber(), a.subject(), sessionLines(s, calendar),
        s.room() == null ? "-" : s.room().name(), s.speaker() == null ? "-" : s.speaker().name(), registration(registrationUrl),
        a.activityNumber());
    return new OutgoingMail("schedule-confirmation:" + a.activityNumber() + ":" + sequence + ":requester",
        List.of(a.contactEmail()), "Konfirmasi jadwal kegiatan Pustaka ASIEK " + a.activityNumber(), body,
        List.of(calendarFile("REQUEST", ics)));
  }

  /** @param preparationRows the SOP rows of the preparation tasks as the model carries them, e.g. "SOP langkah 4 dan 5" */
  static OutgoingMail confirmationToStaff(String key, List<String> to, Activity a, ActivitySchedule s, String summary,
      String ics, OfficeCalendar calendar, String preparationRows, String tasklistUrl, String registrationUrl) {
    String body = """
        Yth. Bapak/Ibu,

        Jadwal kegiatan Pustaka ASIEK %s bersama %s telah dipastikan dan seluruh pemesanan ruang, narasumber dan
        peralatan telah ditahan:

        %s

        Tempat     : %s
        Narasumber : %s
        Peralatan  : %s

        Tugas persiapan (%s) menunggu di Tasklist dan harus selesai sebelum pembukaan:
        %s
        %s
        Undangan kalender terlampir. Pesan ini dikirim otomatis oleh aplikasi Pustaka ASIEK.
        """.formatted(a.activityNumber(), a.institutionName(), sessionLines(s, calendar),
        s.room() == null ? "-" : s.room().name(), s.speaker() == null ? "-" : s.speaker().name(),
        s.equipment().isEmpty() ? "-" : s.equipment().entrySet().stream().map(e -> e.getKey().name() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", ")), preparationRows, tasklistUrl,
        registrationUrl == null ? "" : "\nTautan pendaftaran peserta: " + registrationUrl + "\n");
    return new OutgoingMail(key, to, "[" + a.activityNumber() + "] Jadwal Pustaka ASIEK dipastikan: " + a.institutionName(),
        body, List.of(calendarFile("REQUEST", ics)));
  }

  static OutgoingMail cancellation(String key, List<String> to, Activity a, String reason, List<Invitation.Event> events,
      String ics, OfficeCalendar calendar, boolean toRequester) {
    String greeting = toRequester ? "Yth. " + a.contactName() + "\n" + a.institutionName() : "Yth. Bapak/Ibu,";
    String schedule = events.isEmpty() ? "Kegiatan ini belum memiliki jadwal yang dipesan."
        : "Jadwal berikut dibatalkan dan seluruh pemesanan ruang, narasumber dan peralatan telah dilepaskan:\n\n"
            + events.stream().map(e -> "- " + e.summary() + ": " + calendar.formatPeriod(e.start().toInstant(), e.end().toInstant()))
                .collect(Collectors.joining("\n"));
    String body = """
        %s

        Dengan hormat,

        Kegiatan Pustaka ASIEK %s bersama %s dibatalkan atas permintaan pemohon.

        Alasan: %s

        %s

        %s
        Hormat kami,

        Dinas Perpustakaan dan Kearsipan
        Kabupaten Mojokerto
        """.formatted(greeting, a.activityNumber(), a.institutionName(), reason == null || reason.isBlank() ? "-" : reason,
        schedule, ics == null ? "" : "Pembatalan undangan kalender terlampir.\n");
    return new OutgoingMail(key, to, "Pembatalan kegiatan Pustaka ASIEK " + a.activityNumber(), body,
        ics == null ? List.of() : List.of(calendarFile("CANCEL", ics)));
  }

  /** A session moved: what changed, why, the whole schedule as it now stands, and the invitation updated. */
  static OutgoingMail changed(String key, List<String> to, Activity a, ActivitySchedule s, ScheduleChange change, String ics,
      OfficeCalendar calendar, boolean toRequester) {
    String greeting = toRequester ? "Yth. " + a.contactName() + "\n" + a.institutionName() : "Yth. Bapak/Ibu,";
    String forStaff = toRequester ? "" : """
        Pemesanan ruang, narasumber dan peralatan telah ikut dipindah, dan tenggat tugas di Tasklist mengikuti jadwal
        baru. Dipindah oleh: %s.
        """.formatted(change.movedBy() == null ? "-" : change.movedBy());
    String body = """
        %s

        Dengan hormat,

        Jadwal kegiatan Pustaka ASIEK %s bersama %s berubah. Sesi %s dipindah:

        dari    : %s
        menjadi : %s

        Alasan: %s

        Jadwal lengkap yang berlaku sekarang:
        %s

        Tempat     : %s
        Narasumber : %s

        Undangan kalender yang diperbarui terlampir (berkas .ics); aplikasi kalender memperbarui acara yang sudah ada.
        %s
        Hormat kami,

        Dinas Perpustakaan dan Kearsipan
        Kabupaten Mojokerto
        """.formatted(greeting, a.activityNumber(), a.institutionName(), change.session(), change.from(), change.to(),
        change.reason() == null || change.reason().isBlank() ? "-" : change.reason(), sessionLines(s, calendar),
        s.room() == null ? "-" : s.room().name(), s.speaker() == null ? "-" : s.speaker().name(), forStaff);
    String subject = toRequester ? "Perubahan jadwal kegiatan Pustaka ASIEK " + a.activityNumber()
        : "[" + a.activityNumber() + "] Jadwal sesi diubah: " + change.session() + " – " + a.institutionName();
    return new OutgoingMail(key, to, subject, body, List.of(calendarFile("REQUEST", ics)));
  }

  /** The paragraph that hands the requester the participants' registration link. */
  private static String registration(String url) {
    return url == null ? "" : """
        Peserta (siswa, guru, pustakawan desa) mendaftar sendiri melalui tautan berikut, dari ponsel pun bisa. Mohon
        teruskan tautan ini kepada calon peserta:
        %s
        """.formatted(url);
  }

  private static String sessionLines(ActivitySchedule s, OfficeCalendar calendar) {
    return s.sessions().stream().map(session -> "- " + session.type().label() + ": " + calendar.formatPeriod(session.start(), session.end()))
        .collect(Collectors.joining("\n"));
  }
}
