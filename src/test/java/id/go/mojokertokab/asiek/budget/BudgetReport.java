package id.go.mojokertokab.asiek.budget;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

/** The budget's tables in Markdown, as docs/BENCHMARKS.md keeps them. */
final class BudgetReport {

  private BudgetReport() {}

  static void print(Side ours, Side twin, int threads, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "Run on %s, %s.%n", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), machine());
    out.printf(Locale.ROOT, "%d measured runs per side of %d instances, %d driver threads, alternating.%n%n", ours.runs.size(),
        ours.runs.isEmpty() ? 0 : ours.runs.get(0).instances(), threads);
    out.println("| per instance | ours | twin | ratio |");
    out.println("| --- | ---: | ---: | ---: |");
    row(out, "instances/s", ours.perSecond(), twin.perSecond());
    row(out, "JVM CPU ms", ours.perInstance(Side.Run::jvmCpuMs), twin.perInstance(Side.Run::jvmCpuMs));
    row(out, "PostgreSQL CPU ms", ours.perInstance(Side.Run::dbCpuMs), twin.perInstance(Side.Run::dbCpuMs));
    ToLongFunction<Side.Run> cpu = r -> r.jvmCpuMs() + r.dbCpuMs();
    row(out, "**CPU ms (JVM + PostgreSQL)**", ours.perInstance(cpu), twin.perInstance(cpu));
    row(out, "SQL statements", ours.perInstance(Side.Run::statements), twin.perInstance(Side.Run::statements));
    row(out, "of which insert/update/delete", ours.perInstance(Side.Run::writeStatements), twin.perInstance(Side.Run::writeStatements));
    row(out, "rows written", ours.perInstance(Side.Run::rowsWritten), twin.perInstance(Side.Run::rowsWritten));
    row(out, "REST calls (incl. polls)", ours.perInstance(Side.Run::restCalls), twin.perInstance(Side.Run::restCalls));
    out.println();
    out.println("Each run (instances/s, CPU ms per instance ours / twin):");
    for (int i = 0; i < Math.min(ours.runs.size(), twin.runs.size()); i++) {
      Side.Run o = ours.runs.get(i);
      Side.Run t = twin.runs.get(i);
      out.printf(Locale.ROOT, "- round %d: %.2f / %.2f inst/s, CPU %.0f / %.0f ms (ratio %.2f)%n", i + 1, o.perSecond(), t.perSecond(),
          o.per(o.jvmCpuMs() + o.dbCpuMs()), t.per(t.jvmCpuMs() + t.dbCpuMs()),
          o.per(o.jvmCpuMs() + o.dbCpuMs()) / t.per(t.jvmCpuMs() + t.dbCpuMs()));
    }
    out.println();
    out.println("Statements and rows written per instance, by statement kind and table (the largest differences first; rows under 0.5 on both sides left out):");
    out.println();
    out.println("| statement | ours | twin | rows written ours | twin |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    Set<String> tables = new HashSet<>(ours.byTable.keySet());
    tables.addAll(twin.byTable.keySet());
    List<String> sorted = tables.stream().sorted((a, b) -> Double.compare(
        diff(ours, twin, b), diff(ours, twin, a))).toList();
    for (String table : sorted) {
      long[] o = ours.byTable.getOrDefault(table, new long[3]);
      long[] t = twin.byTable.getOrDefault(table, new long[3]);
      if (per(o[0], ours) < 0.5 && per(t[0], twin) < 0.5) {
        continue;
      }
      out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", table, per(o[0], ours), per(t[0], twin), per(o[2], ours),
          per(t[2], twin));
    }
  }

  private static double diff(Side ours, Side twin, String table) {
    return per(ours.byTable.getOrDefault(table, new long[3])[0], ours) - per(twin.byTable.getOrDefault(table, new long[3])[0], twin);
  }

  private static double per(long total, Side side) {
    return side.instances() == 0 ? 0 : (double) total / side.instances();
  }

  private static void row(PrintStream out, String figure, double ours, double twin) {
    out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", figure, ours, twin, ours / twin);
  }

  static String machine() {
    String load;
    try {
      load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      load = "?";
    }
    return String.format(Locale.ROOT, "%d cores, %s %s, %s %s, load average %s at the end",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
        System.getProperty("os.name"), System.getProperty("os.arch"), load) + ", JVM " + ManagementFactory.getRuntimeMXBean().getVmVersion();
  }
}
