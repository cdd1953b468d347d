package id.go.mojokertokab.asiek.budget;

import id.go.mojokertokab.asiek.AsiekApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A lane's task list in Tasklist (issue 13): the call Tasklist makes when KADIS opens it, with 100 and then 10,000 open
 * instances each waiting at KADIS's disposition, on embedded PostgreSQL 14 and on the application's default H2 file
 * database, the application in a JVM of its own with authorization on. Prints p50/p95/p99 of the call through the
 * webapps' API (as Tasklist sends it) and through /engine-rest, the server's CPU per call, and the calls right after an
 * idle period. A benchmark, not a test: {@code mvn -Pbench test -Dbenchmark=TaskListBenchmark} (docs/BENCHMARKS.md).
 */
class TaskListBenchmark {

  final List<Integer> sizes = Arrays.stream(System.getProperty("tasklist.instances", "100,10000").split(",")).map(Integer::valueOf).toList();
  final List<String> databases = List.of(System.getProperty("tasklist.databases", "postgres,h2").split(","));
  final int warmUp = Integer.getInteger("tasklist.warmup", 300);
  final int timed = Integer.getInteger("tasklist.calls", 500);
  /** A list that takes seconds per call still finishes: warm-up and timed calls stop at these many seconds each. */
  final int warmUpSeconds = Integer.getInteger("tasklist.warmupSeconds", 30);
  final int timedSeconds = Integer.getInteger("tasklist.callsSeconds", 90);
  final int idleSeconds = Integer.getInteger("tasklist.idle", 45);
  final int idleProbes = Integer.getInteger("tasklist.idleProbes", 2);
  final int callsAfterIdle = 5;
  /** Extra application arguments for both databases, for experiments ("--spring.datasource.hikari.…=…"). */
  final List<String> serverArgs = Stream.of(System.getProperty("tasklist.serverArgs", "").trim().split("\\s+(?=--)")).filter(a -> !a.isEmpty())
      .toList();

  @Test
  void aLanesListWithAHundredAndTenThousandOpenInstances() throws Exception {
    Path work = Path.of("target", "tasklist").toAbsolutePath();
    List<TaskListReport.Row> rows = new ArrayList<>();
    for (String database : databases) {
      if (database.equals("postgres")) {
        try (PostgresMeter postgres = new PostgresMeter(work.resolve("pgdata"))) {
          postgres.createDatabase("asiek");
          run(database, List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres.jdbcUrl("asiek"),
              "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"), postgres, work, rows);
        }
      } else {
        // the application's default: an H2 file database in its data directory
        run(database, List.of(), null, work, rows);
      }
    }
    TaskListReport.print(rows, System.out);
  }

  private void run(String database, List<String> datasource, PostgresMeter postgres, Path work, List<TaskListReport.Row> rows) throws Exception {
    Path data = work.resolve("data-" + database);
    delete(data);
    List<String> arguments = new ArrayList<>(datasource);
    arguments.addAll(List.of("--asiek.security.demo-users=true", "--asiek.security.admin-password=" + ProcessBudgetBenchmark.ADMIN_PASSWORD,
        "--asiek.data-dir=" + data, "--logging.level.root=WARN", "--logging.level.id.go.mojokertokab.asiek=INFO"));
    // Tomcat's own time per request, so that a slow call after idle is placed on the server's side or the connection's
    Path access = work.resolve("access-" + database);
    arguments.addAll(List.of("--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + access,
        "--server.tomcat.accesslog.rotate=false", "--server.tomcat.accesslog.buffered=false", "--server.tomcat.accesslog.pattern=%D"));
    arguments.addAll(serverArgs);
    try (ServerProcess server = ServerProcess.start("tasklist-" + database, ProcessBudgetBenchmark.freePort(), AsiekApplication.class.getName(),
        arguments, work).awaitReady("/actuator/health/readiness", Duration.ofMinutes(5))) {
      RestDriver rest = new RestDriver(server.port, ProcessBudgetBenchmark.ADMIN_PASSWORD);
      OpenInstances instances = new OpenInstances(rest, 4);
      LaneList list = LaneList.open(server.port, rest, "kadis");
      System.out.printf("%s: %s opens '%s'%n", database, list.user, list.filterName);
      for (int size : sizes) {
        instances.growTo(size);
        rows.add(measure(database, instances.open(), list, server, postgres, access.resolve("access_log.log")));
      }
    }
  }

  private TaskListReport.Row measure(String database, int open, LaneList list, ServerProcess server, PostgresMeter postgres, Path accessLog)
      throws Exception {
    long warmUpEnds = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
    for (int i = 0; i < warmUp && System.nanoTime() < warmUpEnds; i++) {
      list.viaTasklist();
      list.viaEngineRest();
    }
    LaneList.Page page = list.page();
    if (page.count() != open || page.variablesPerTask().size() != Math.min(15, open)
        || !page.variablesPerTask().stream().allMatch(names -> names.containsAll(List.of("activityNumber", "institutionName")))) {
      throw new IllegalStateException("the lane's list is not what Tasklist should show: " + page);
    }
    if (postgres != null) {
      postgres.resetStatements();
    }
    long jvm = server.cpuMillis();
    long db = postgres == null ? 0 : postgres.cpuMillis();
    double[] tasklist = new double[timed];
    double[] engineRest = new double[timed];
    long timedEnds = System.nanoTime() + timedSeconds * 1_000_000_000L;
    int n = 0;
    while (n < timed && System.nanoTime() < timedEnds) {
      tasklist[n] = list.viaTasklist();
      engineRest[n++] = list.viaEngineRest();
    }
    tasklist = Arrays.copyOf(tasklist, n);
    engineRest = Arrays.copyOf(engineRest, n);
    double calls = 2.0 * n;
    double jvmPerCall = (server.cpuMillis() - jvm) / calls;
    double dbPerCall = postgres == null ? Double.NaN : (postgres.cpuMillis() - db) / calls;
    double statementsPerCall = postgres == null ? Double.NaN : postgres.work("asiek").statements() / calls;
    if (postgres != null) {
      System.out.printf("%s, %,d open, the statements that took longest over %,d calls:%n", database, open, (int) calls);
      postgres.slowest("asiek", 6).forEach(statement -> System.out.println("  " + statement));
    }
    List<TaskListReport.IdleProbe> idle = new ArrayList<>();
    for (int probe = 0; probe < idleProbes; probe++) {
      boolean viaTasklist = probe % 2 == 0;
      Thread.sleep(idleSeconds * 1000L);
      double[] after = new double[callsAfterIdle];
      double[] inServer = new double[callsAfterIdle];
      for (int i = 0; i < callsAfterIdle; i++) {
        long logged = Files.size(accessLog);
        after[i] = viaTasklist ? list.viaTasklist() : list.viaEngineRest();
        inServer[i] = serverMillis(accessLog, logged);
      }
      idle.add(new TaskListReport.IdleProbe(viaTasklist ? "Tasklist" : "/engine-rest", idleSeconds, after, inServer));
      System.out.printf("%s, %,d open, after %d s idle via %s: %s (in Tomcat %s)%n", database, open, idleSeconds,
          viaTasklist ? "Tasklist" : "/engine-rest", Arrays.toString(after), Arrays.toString(inServer));
    }
    TaskListReport.Row row = new TaskListReport.Row(database, open, page.count(), TaskListReport.Latencies.of(tasklist),
        TaskListReport.Latencies.of(engineRest), jvmPerCall, dbPerCall, statementsPerCall, idle);
    System.out.printf("%s, %,d open: Tasklist p50 %.1f p95 %.1f p99 %.1f ms; /engine-rest p50 %.1f p95 %.1f p99 %.1f ms%n", database, open,
        row.tasklist().p(0.5), row.tasklist().p(0.95), row.tasklist().p(0.99), row.engineRest().p(0.5), row.engineRest().p(0.95),
        row.engineRest().p(0.99));
    return row;
  }

  /** The time Tomcat logged (%D, microseconds) for the request that ended after {@code logged} bytes of its access log. */
  private static double serverMillis(Path accessLog, long logged) throws Exception {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (Files.size(accessLog) == logged && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    List<String> lines = Files.readAllLines(accessLog);
    return lines.isEmpty() ? Double.NaN : Long.parseLong(lines.get(lines.size() - 1).trim()) / 1000.0;
  }

  private static void delete(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> left = Files.walk(dir)) {
        left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
