package id.go.mojokertokab.asiek.compliance;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/** The compliance report of a period and, optionally, one lane. */
@Service
record SopCompliance(TaskHistory history, OfficeCalendar calendar) {

  /** @param lane a lane's group id, or null for every lane */
  Report report(LocalDate from, LocalDate to, String lane, Instant now) {
    ZoneId zone = calendar.properties().zone();
    List<TaskTime> tasks = history.tasks(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
        .filter(task -> lane == null || lane.equals(task.lane())).toList();
    LocalDate first = tasks.stream().map(t -> t.created().atZone(zone).toLocalDate()).min(LocalDate::compareTo).orElse(from);
    LocalDate last = now.atZone(zone).toLocalDate().isAfter(to) ? now.atZone(zone).toLocalDate() : to;
    ComplianceCalculator calculator = new ComplianceCalculator(calendar.between(first.minusDays(1), last.plusDays(1)));
    return new Report(from, to, lane, calculator.rows(tasks, now), calendar.between(from, from).minutesPerWorkingDay(), now);
  }

  /** What the page and the CSV show. */
  record Report(LocalDate from, LocalDate to, String lane, List<RowCompliance> rows, long minutesPerDay, Instant generated) {

    public int completed() {
      return rows.stream().mapToInt(RowCompliance::completed).sum();
    }
  }
}
