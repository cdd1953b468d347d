package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the forms and mails show of a schedule, in Indonesian. */
final class ScheduleTexts {

  private ScheduleTexts() {}

  /** A Markdown bullet list with every conflict. */
  static String conflictReport(List<Conflict> conflicts) {
    return conflicts.stream().map(c -> "- " + c.message()).collect(Collectors.joining("\n"));
  }

  static String proposal(Optional<List<Session>> proposal, OfficeCalendar calendar) {
    return proposal.map(sessions -> "Usulan jadwal terdekat yang bebas bentrok, dengan jam dan sumber daya yang sama: "
        + sessions.stream().map(s -> s.type().label() + " " + calendar.formatPeriod(s.start(), s.end()))
            .collect(Collectors.joining("; ")) + ".")
        .orElse("Tidak ditemukan jadwal bebas bentrok dalam 30 hari kerja dengan jam dan sumber daya yang sama: "
            + "mohon ubah jam, ruang, narasumber atau jumlah peralatan.");
  }

  /** A Markdown summary of the booked schedule for the preparation tasks. */
  static String summary(List<Session> sessions, Resource room, Resource speaker, Map<Resource, Integer> equipment,
      Integer capacity, LocalDate registrationDeadline, OfficeCalendar calendar) {
    StringBuilder text = new StringBuilder("| Sesi | Waktu |\n| --- | --- |\n");
    for (Session session : sessions) {
      text.append("| ").append(session.type().label()).append(" | ")
          .append(calendar.formatPeriod(session.start(), session.end())).append(" |\n");
    }
    text.append("\n**Ruang:** ").append(room == null ? "-" : room.name());
    text.append("  \n**Narasumber:** ").append(speaker == null ? "-" : speaker.name());
    text.append("  \n**Peralatan:** ").append(equipment.isEmpty() ? "-" : equipment.entrySet().stream()
        .map(e -> e.getKey().name() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
    if (capacity != null) {
      text.append("  \n**Kapasitas peserta:** ").append(capacity).append(" orang");
    }
    if (registrationDeadline != null) {
      text.append("  \n**Batas pendaftaran:** ").append(OfficeCalendar.formatDate(registrationDeadline));
    }
    return text.toString();
  }
}
