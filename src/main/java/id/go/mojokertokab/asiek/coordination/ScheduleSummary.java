package id.go.mojokertokab.asiek.coordination;

import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.Resource;
import id.go.mojokertokab.asiek.schedule.Session;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** The booked schedule as the preparation forms show it: a Markdown table, every resource name escaped. */
public final class ScheduleSummary {

  private ScheduleSummary() {}

  public static String of(ActivitySchedule booked, Integer capacity, LocalDate registrationDeadline, IndonesianDates dates) {
    StringBuilder text = new StringBuilder("| Sesi | Waktu |\n| --- | --- |\n");
    for (Session session : booked.sessions()) {
      text.append("| ").append(session.type().label()).append(" | ").append(dates.period(session.start(), session.end())).append(" |\n");
    }
    text.append("\n**Ruang:** ").append(name(booked.room()));
    text.append("  \n**Narasumber:** ").append(name(booked.speaker()));
    text.append("  \n**Peralatan:** ").append(booked.equipment().isEmpty() ? "-" : booked.equipment().entrySet().stream()
        .map(e -> name(e.getKey()) + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
    if (capacity != null) {
      text.append("  \n**Kapasitas peserta:** ").append(capacity).append(" orang");
    }
    if (registrationDeadline != null) {
      text.append("  \n**Batas pendaftaran:** ").append(IndonesianDates.date(registrationDeadline));
    }
    return text.toString();
  }

  private static String name(Resource resource) {
    return resource == null ? "-" : Markdown.escape(resource.name());
  }
}
