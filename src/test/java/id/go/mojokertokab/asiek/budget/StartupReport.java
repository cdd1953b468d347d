package id.go.mojokertokab.asiek.budget;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** StartupBenchmark's table in Markdown, as docs/BENCHMARKS.md keeps it: medians, their range, ratios to the twin. */
final class StartupReport {

  /** One measured start of one side. */
  record Start(double readySeconds, double startedSeconds, long cpuAtReadyMs, long cpuAtRestMs, double rssAtRestMb,
      double rssAfterGcMb, double heapUsedMb, double metaspaceMb, long classes) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "answers after %.2f s (Started in %.2f s), CPU %d ms at ready, %d ms at rest, RSS %.0f MB,"
          + " after GC %.0f MB, heap %.1f MB, metaspace %.1f MB, %d classes", readySeconds, startedSeconds, cpuAtReadyMs, cpuAtRestMs,
          rssAtRestMb, rssAfterGcMb, heapUsedMb, metaspaceMb, classes);
    }
  }

  private StartupReport() {}

  static void print(Map<StartupBenchmark.Starter, List<Start>> sides, String database, Duration idle, PrintStream out) {
    List<StartupBenchmark.Starter> starters = List.copyOf(sides.keySet());
    List<Start> twin = sides.get(starters.get(1));
    out.println();
    out.printf(Locale.ROOT, "Run on %s, %s.%n", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
        BudgetReport.machine());
    out.printf(Locale.ROOT, "Database %s, warm; %d measured starts per side, alternating; JVM flags %s; at rest = after %d s idle."
        + " Median (min–max).%n%n", database, twin.size(), String.join(" ", ServerProcess.JVM_FLAGS), idle.toSeconds());
    StringBuilder header = new StringBuilder("| figure |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (StartupBenchmark.Starter starter : starters) {
      header.append(' ').append(starter.name()).append(" |");
      rule.append(" ---: |");
    }
    for (StartupBenchmark.Starter starter : starters) {
      if (sides.get(starter) != twin) {
        header.append(' ').append(starter.name()).append(" / twin |");
        rule.append(" ---: |");
      }
    }
    out.println(header);
    out.println(rule);
    row(out, sides, twin, "first HTTP answer, s", "%.2f", Start::readySeconds);
    row(out, sides, twin, "\"Started … in\", s", "%.2f", Start::startedSeconds);
    row(out, sides, twin, "JVM CPU until the answer, ms", "%.0f", Start::cpuAtReadyMs);
    row(out, sides, twin, "JVM CPU until at rest, ms", "%.0f", Start::cpuAtRestMs);
    row(out, sides, twin, "RSS at rest, MB", "%.0f", Start::rssAtRestMb);
    row(out, sides, twin, "RSS after a forced GC, MB", "%.0f", Start::rssAfterGcMb);
    row(out, sides, twin, "heap used after a forced GC, MB", "%.1f", Start::heapUsedMb);
    row(out, sides, twin, "metaspace used, MB", "%.1f", Start::metaspaceMb);
    row(out, sides, twin, "classes loaded", "%.0f", Start::classes);
  }

  private static void row(PrintStream out, Map<StartupBenchmark.Starter, List<Start>> sides, List<Start> twin, String figure,
      String format, ToDoubleFunction<Start> value) {
    StringBuilder line = new StringBuilder("| ").append(figure).append(" |");
    for (List<Start> starts : sides.values()) {
      double[] sorted = starts.stream().mapToDouble(value).sorted().toArray();
      line.append(' ').append(String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(sorted), sorted[0],
          sorted[sorted.length - 1])).append(" |");
    }
    double twinMedian = median(twin.stream().mapToDouble(value).sorted().toArray());
    for (List<Start> starts : sides.values()) {
      if (starts != twin) {
        line.append(String.format(Locale.ROOT, " %.2f |", median(starts.stream().mapToDouble(value).sorted().toArray()) / twinMedian));
      }
    }
    out.println(line);
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
