package id.go.mojokertokab.asiek.compliance;

import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import id.go.mojokertokab.asiek.calendar.WorkingTime;
import id.go.mojokertokab.asiek.sop.SopStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares each task's office time with its row's waktu: durations count only office minutes (working days, office
 * hours, holidays excluded), "hari" is a whole office day. A completed task is late when it took more office time than
 * the waktu; an open task is overdue when more than the waktu has passed since it was created. Plain Java.
 */
final class ComplianceCalculator {

  private final WorkingCalendar calendar;

  ComplianceCalculator(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  List<RowCompliance> rows(List<TaskTime> tasks, Instant now) {
    Map<String, List<TaskTime>> byRow = new TreeMap<>(Comparator.comparingInt(ComplianceCalculator::rowNumber).thenComparing(r -> r));
    for (TaskTime task : tasks) {
      byRow.computeIfAbsent(task.sopRow(), row -> new ArrayList<>()).add(task);
    }
    List<RowCompliance> rows = new ArrayList<>();
    byRow.forEach((row, rowTasks) -> rows.add(row(row, rowTasks, now)));
    return rows;
  }

  private RowCompliance row(String row, List<TaskTime> tasks, Instant now) {
    String waktu = tasks.get(0).waktu();
    long allowed = minutes(WorkingTime.parse(waktu));
    Set<String> names = new LinkedHashSet<>();
    List<Long> durations = new ArrayList<>();
    int late = 0;
    int openOverdue = 0;
    for (TaskTime task : tasks) {
      names.add(task.taskName());
      if (task.open()) {
        if (calendar.workingMinutesBetween(task.created(), now) > allowed) {
          openOverdue++;
        }
        continue;
      }
      long took = calendar.workingMinutesBetween(task.created(), task.completed());
      durations.add(took);
      if (took > allowed) {
        late++;
      }
    }
    long[] sorted = durations.stream().mapToLong(Long::longValue).sorted().toArray();
    return new RowCompliance(row, SopStep.STEP_NAMES.getOrDefault(row, ""), List.copyOf(names), waktu, allowed, sorted.length,
        median(sorted), percentile(sorted, 90), late, openOverdue);
  }

  long minutes(WorkingTime time) {
    return time.days() * calendar.minutesPerWorkingDay() + time.minutes();
  }

  static long median(long[] sorted) {
    if (sorted.length == 0) {
      return 0;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2.0);
  }

  /** The nearest-rank percentile: the smallest value that at least p percent of the values do not exceed. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static int rowNumber(String row) {
    try {
      return Integer.parseInt(row.strip());
    } catch (NumberFormatException notANumber) {
      return Integer.MAX_VALUE;
    }
  }

  static long[] sorted(long... values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
