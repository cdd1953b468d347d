package id.go.mojokertokab.asiek.compliance;

import java.util.List;

/**
 * How one SOP row kept its waktu: the tasks that serve it, how many were completed in the period, the median and 90th
 * percentile of their office minutes, the share that took longer than the waktu, and the open tasks already past it.
 */
record RowCompliance(String row, String stepName, List<String> tasks, String waktu, long waktuMinutes, int completed,
    long medianMinutes, long p90Minutes, int late, int openOverdue) {

  double lateShare() {
    return completed == 0 ? 0 : (double) late / completed;
  }
}
