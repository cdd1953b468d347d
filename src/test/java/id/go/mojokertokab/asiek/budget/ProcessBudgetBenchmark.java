package id.go.mojokertokab.asiek.budget;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.mojokertokab.asiek.AsiekApplication;
import id.go.mojokertokab.asiek.budget.twin.TwinApplication;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The performance budget (issue 13): our application against its shape twin on a bare Camunda 7.24, both on one
 * embedded PostgreSQL 14 (a database each), each in a JVM of its own with the same flags, driven through the same REST
 * calls by the same threads, runs alternating. Prints instances/s, JVM and database CPU, SQL statements and rows
 * written per instance, the ratios, and where the extra statements go by table. A benchmark, not a test:
 * {@code mvn -Pbench test} (docs/BENCHMARKS.md).
 */
class ProcessBudgetBenchmark {

  static final String ADMIN_PASSWORD = "Anggaran-Uji-2026!";
  final int rounds = Integer.getInteger("budget.rounds", 4);
  final int instances = Integer.getInteger("budget.instances", 40);
  final int threads = Integer.getInteger("budget.threads", 4);
  final int warmUp = Integer.getInteger("budget.warmup", 20);
  final AtomicInteger nextInstance = new AtomicInteger();

  @Test
  void ourApplicationAgainstItsShapeTwin() throws Exception {
    Path work = Path.of("target", "budget").toAbsolutePath();
    Side ours = new Side("ours", "asiek", false);
    Side twin = new Side("twin", "twin", true);
    GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
    mail.start();
    try (PostgresMeter postgres = new PostgresMeter(work.resolve("pgdata"))) {
      postgres.createDatabase(ours.database);
      postgres.createDatabase(twin.database);
      ours.server = ServerProcess.start("ours", freePort(), AsiekApplication.class.getName(), List.of(
          "--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres.jdbcUrl(ours.database),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
          "--asiek.security.demo-users=true", "--asiek.security.admin-password=" + ADMIN_PASSWORD,
          "--asiek.data-dir=" + work.resolve("data"), "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
          "--asiek.dates.years-ahead=10", "--logging.level.root=WARN", "--logging.level.id.go.mojokertokab.asiek=INFO"), work)
          .awaitReady("/actuator/health/readiness", Duration.ofMinutes(5));
      List<String> twinArguments = new ArrayList<>(TwinSetup.serverArguments(ADMIN_PASSWORD));
      twinArguments.addAll(List.of("--spring.datasource.url=" + postgres.jdbcUrl(twin.database),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
      twin.server = ServerProcess.start("twin", freePort(), TwinApplication.class.getName(), twinArguments, work)
          .awaitReady("/engine-rest/engine", Duration.ofMinutes(5));
      try (ServerProcess o = ours.server; ServerProcess t = twin.server) {
        ours.rest = new RestDriver(o.port, ADMIN_PASSWORD);
        twin.rest = new RestDriver(t.port, ADMIN_PASSWORD);
        TwinSetup.apply(twin.rest, ShapeTwin.of(Path.of("processes", "pustaka-asiek.bpmn")));
        AcceptedPath path;
        try (Connection c = postgres.connect(ours.database)) {
          c.createStatement().execute(AcceptedPath.EXTRA_SPEAKERS_SQL);
          path = new AcceptedPath(holidays(c), 2 * warmUp + 2 * rounds * instances + 10);
        }
        run(ours, path, warmUp, postgres, false);
        run(twin, path, warmUp, postgres, false);
        for (int round = 0; round < rounds; round++) {
          List<Side> order = round % 2 == 0 ? List.of(ours, twin) : List.of(twin, ours);
          for (Side side : order) {
            Side.Run run = run(side, path, instances, postgres, true);
            System.out.printf("round %d %-4s %s%n", round + 1, side.name, run);
          }
        }
        BudgetReport.print(ours, twin, threads, System.out);
      }
    } finally {
      mail.stop();
    }
  }

  private Side.Run run(Side side, AcceptedPath path, int count, PostgresMeter postgres, boolean measured) throws Exception {
    postgres.resetStatements();
    long calls = side.rest.calls.get();
    long jvm = side.server.cpuMillis();
    long db = postgres.cpuMillis();
    long started = System.nanoTime();
    AtomicInteger left = new AtomicInteger(count);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> drivers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      drivers.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          path.run(side.rest, nextInstance.getAndIncrement(), side.twin);
        }
        return null;
      }));
    }
    for (Future<?> driver : drivers) {
      driver.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    long jvmMs = side.server.cpuMillis() - jvm;
    long dbMs = postgres.cpuMillis() - db;
    PostgresMeter.Work work = postgres.work(side.database);
    Side.Run run = new Side.Run(count, seconds, jvmMs, dbMs, work.statements(), work.writeStatements(), work.rowsWritten(),
        side.rest.calls.get() - calls);
    if (measured) {
      side.add(run, work);
    }
    return run;
  }

  private static Set<LocalDate> holidays(Connection connection) throws Exception {
    Set<LocalDate> days = new HashSet<>();
    try (ResultSet rs = connection.createStatement().executeQuery("select holiday_date from asiek_holiday")) {
      while (rs.next()) {
        days.add(rs.getDate(1).toLocalDate());
      }
    }
    return days;
  }

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
