package id.go.mojokertokab.asiek.report;

import java.util.List;
import java.util.Optional;

/**
 * A part of the activity report that another feature contributes, as a Spring bean: the participants and their
 * attendance per day, the practice results per group (issues 8 and 9). Shown after the schedule, in {@link #order()}.
 */
public interface ReportSection {

  /** Where the section stands among the contributed ones (smaller first). */
  int order();

  /** "Peserta dan kehadiran". */
  String title();

  /** The section's table for the activity, or empty when the feature recorded nothing for it. */
  Optional<Table> table(String activityNumber);

  record Table(List<String> headers, List<List<String>> rows, String note) {

    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
