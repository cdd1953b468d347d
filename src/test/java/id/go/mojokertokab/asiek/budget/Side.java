package id.go.mojokertokab.asiek.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One side of the comparison: its server, its database, its driver, and what its measured runs added up to. */
final class Side {

  final String name;
  final String database;
  final boolean twin;
  ServerProcess server;
  RestDriver rest;
  final List<Run> runs = new ArrayList<>();
  final Map<String, long[]> byTable = new TreeMap<>();

  Side(String name, String database, boolean twin) {
    this.name = name;
    this.database = database;
    this.twin = twin;
  }

  /** One measured run: what it cost in total. */
  record Run(int instances, double seconds, long jvmCpuMs, long dbCpuMs, long statements, long writeStatements, long rowsWritten,
      long restCalls) {

    double perSecond() {
      return instances / seconds;
    }

    double per(long total) {
      return (double) total / instances;
    }
  }

  void add(Run run, PostgresMeter.Work work) {
    runs.add(run);
    work.byTable.forEach((table, counts) -> {
      long[] sum = byTable.computeIfAbsent(table, t -> new long[3]);
      for (int i = 0; i < 3; i++) {
        sum[i] += counts[i];
      }
    });
  }

  int instances() {
    return runs.stream().mapToInt(Run::instances).sum();
  }

  /** Sum over the runs divided by their instances. */
  double perInstance(java.util.function.ToLongFunction<Run> figure) {
    return (double) runs.stream().mapToLong(figure).sum() / instances();
  }

  double perSecond() {
    return instances() / runs.stream().mapToDouble(Run::seconds).sum();
  }
}
