package id.go.mojokertokab.asiek.budget;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The task list benchmark's tables in Markdown, as docs/BENCHMARKS.md keeps them. */
final class TaskListReport {

  private TaskListReport() {}

  /** Wall times of calls in ms, sorted; percentiles by nearest rank. */
  record Latencies(double[] sorted) {

    static Latencies of(double[] millis) {
      double[] copy = millis.clone();
      Arrays.sort(copy);
      return new Latencies(copy);
    }

    double p(double quantile) {
      return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    double max() {
      return sorted[sorted.length - 1];
    }
  }

  /** The calls right after one idle period, on one path, in order. */
  record IdleProbe(String path, int idleSeconds, double[] calls, double[] inServer) {}

  /** One database at one number of open instances. */
  record Row(String database, int open, long listed, Latencies tasklist, Latencies engineRest, double jvmCpuMsPerCall,
      double dbCpuMsPerCall, double statementsPerCall, List<IdleProbe> idle) {}

  static void print(List<Row> rows, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "Run on %s, %s.%n%n", java.time.ZonedDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
        BudgetReport.machine());
    out.println("| database | open instances | tasks in the lane | path | calls | p50 ms | p95 ms | p99 ms | max ms | JVM CPU ms/call | DB CPU ms/call | SQL/call |");
    out.println("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Row row : rows) {
      for (String path : List.of("Tasklist", "/engine-rest")) {
        Latencies l = path.equals("Tasklist") ? row.tasklist() : row.engineRest();
        out.printf(Locale.ROOT, "| %s | %,d | %,d | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n", row.database(), row.open(), row.listed(),
            path, l.sorted().length, l.p(0.50), l.p(0.95), l.p(0.99), l.max(), row.jvmCpuMsPerCall(),
            Double.isNaN(row.dbCpuMsPerCall()) ? "–" : String.format(Locale.ROOT, "%.1f", row.dbCpuMsPerCall()),
            Double.isNaN(row.statementsPerCall()) ? "–" : String.format(Locale.ROOT, "%.1f", row.statementsPerCall()));
      }
    }
    out.println();
    out.println("| database | open instances | p95 ratio 10 k / 100 (Tasklist, /engine-rest) |");
    out.println("| --- | ---: | ---: |");
    for (Row row : rows) {
      rows.stream().filter(r -> r.database().equals(row.database()) && r.open() < row.open()).findFirst().ifPresent(base ->
          out.printf(Locale.ROOT, "| %s | %,d / %,d | %.2f, %.2f |%n", row.database(), row.open(), base.open(),
              row.tasklist().p(0.95) / base.tasklist().p(0.95), row.engineRest().p(0.95) / base.engineRest().p(0.95)));
    }
    out.println();
    out.println("First calls after idle (ms, in order; each probe on one path only):");
    out.println();
    out.println("| database | open instances | path | idle s | calls after the idle period, ms | of which in Tomcat, ms |");
    out.println("| --- | ---: | --- | ---: | --- | --- |");
    for (Row row : rows) {
      for (IdleProbe probe : row.idle()) {
        out.printf(Locale.ROOT, "| %s | %,d | %s | %d | %s | %s |%n", row.database(), row.open(), probe.path(), probe.idleSeconds(),
            millis(probe.calls()), millis(probe.inServer()));
      }
    }
  }

  private static String millis(double[] values) {
    return Arrays.stream(values).mapToObj(ms -> String.format(Locale.ROOT, "%.1f", ms)).collect(Collectors.joining(", "));
  }
}
