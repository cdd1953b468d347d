package id.go.mojokertokab.asiek.budget;

import id.go.mojokertokab.asiek.AsiekApplication;
import id.go.mojokertokab.asiek.budget.twin.TwinApplication;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Start-up and memory at rest (issue 13): our application against the bare Camunda 7.24 starter with webapps and REST
 * ({@link TwinApplication}), each started as a JVM of its own with the same flags, several times, alternating, on warm
 * data (a first, unmeasured start of each side migrated its database and deployed its process). Ours runs on the
 * runtime classpath, as packaged; the twin on the same jars plus the test classes that hold it. Prints the time until
 * the server answers, Spring Boot's "Started … in", the CPU used until then, and after an idle pause the resident memory,
 * the heap after a forced GC and the classes loaded, with the ratios. A benchmark, not a test:
 * {@code mvn -Pbench test -Dbenchmark=StartupBenchmark} (docs/BENCHMARKS.md).
 */
class StartupBenchmark {

  static final String ADMIN_PASSWORD = ProcessBudgetBenchmark.ADMIN_PASSWORD;
  /** Answers 401 without credentials once the server serves the REST API, on both sides. */
  static final String READY_PATH = "/engine-rest/engine";

  final int rounds = Integer.getInteger("startup.rounds", 4);
  final Duration idle = Duration.ofSeconds(Long.getLong("startup.idleSeconds", 30));
  /** h2 (a file database, the default) or postgres (embedded PostgreSQL 14, a database each). */
  final String database = System.getProperty("startup.database", "h2");
  /** Arguments for one more side, our application with them added on ours' data, to try a setting in the same run. */
  final String variant = System.getProperty("startup.variant", "").trim();
  /** Compiled classes of an earlier version of ours (a target/classes), one more side: before and after in one run. */
  final String baseline = System.getProperty("startup.baseline", "").trim();

  record Starter(String name, String classpath, String mainClass, List<String> arguments) {}

  @Test
  void ourStartUpAgainstTheBareStarter() throws Exception {
    Path work = Path.of("target", "startup").toAbsolutePath();
    clean(work);
    Path runtimeClasspath = Path.of("target", "runtime-classpath.txt");
    if (!Files.exists(runtimeClasspath)) {
      throw new IllegalStateException(runtimeClasspath + " is missing: run with -Pbench, which writes it");
    }
    String packaged = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + Files.readString(runtimeClasspath).trim();
    String withTwin = packaged.substring(packaged.indexOf(File.pathSeparator) + 1) + File.pathSeparator
        + Path.of("target", "test-classes").toAbsolutePath();
    PostgresMeter postgres = "postgres".equals(database) ? new PostgresMeter(work.resolve("pgdata")) : null;
    try {
      Map<Starter, List<StartupReport.Start>> sides = new LinkedHashMap<>();
      sides.put(new Starter("ours", packaged, AsiekApplication.class.getName(), ourArguments("ours", work, postgres)), new ArrayList<>());
      // a starter project keeps its settings in a YAML file as ours does (Camunda's initializr writes application.yaml)
      Path twinYaml = Files.writeString(work.resolve("twin.yaml"), postgres == null
          ? "spring.datasource.url: jdbc:h2:file:" + work.resolve("twin").resolve("twin") + ";DB_CLOSE_ON_EXIT=FALSE\n"
          : "spring.datasource:\n  url: " + postgres.jdbcUrl("twin") + "\n  username: postgres\n  password: postgres\n");
      if (postgres != null) {
        postgres.createDatabase("twin");
      }
      List<String> twinArguments = new ArrayList<>(TwinSetup.serverArguments(ADMIN_PASSWORD));
      twinArguments.add("--spring.config.additional-location=file:" + twinYaml);
      sides.put(new Starter("twin", withTwin, TwinApplication.class.getName(), twinArguments), new ArrayList<>());
      if (!baseline.isEmpty()) {
        String before = Path.of(baseline).toAbsolutePath() + packaged.substring(packaged.indexOf(File.pathSeparator));
        sides.put(new Starter("before", before, AsiekApplication.class.getName(), ourArguments("before", work, postgres)), new ArrayList<>());
      }
      if (!variant.isEmpty()) {
        // on ours' warm data, so that a setting which skips a start-up step (e.g. --spring.flyway.enabled=false) can be tried
        List<String> variantArguments = new ArrayList<>(sides.keySet().iterator().next().arguments());
        variantArguments.addAll(List.of(variant.split("\\s+")));
        sides.put(new Starter("variant", packaged, AsiekApplication.class.getName(), variantArguments), new ArrayList<>());
      }
      for (Starter side : sides.keySet()) {
        firstStart(side, work);
      }
      List<Starter> order = new ArrayList<>(sides.keySet());
      for (int round = 0; round < rounds; round++) {
        for (Starter side : order) {
          StartupReport.Start start = measure(side, work);
          sides.get(side).add(start);
          System.out.printf("round %d %-12s %s%n", round + 1, side.name(), start);
        }
        java.util.Collections.reverse(order);
      }
      StartupReport.print(sides, database, idle, System.out);
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** Migrates the side's database and deploys its process (the twin's through REST, as the budget does), unmeasured. */
  private void firstStart(Starter side, Path work) throws Exception {
    try (ServerProcess server = launch(side, work)) {
      if (TwinApplication.class.getName().equals(side.mainClass())) {
        TwinSetup.apply(new RestDriver(server.port, ADMIN_PASSWORD), ShapeTwin.of(Path.of("processes", "pustaka-asiek.bpmn")));
      }
    }
  }

  private StartupReport.Start measure(Starter side, Path work) throws Exception {
    try (ServerProcess server = launch(side, work)) {
      long cpuAtReady = server.cpuMillis();
      double started = server.startedSeconds();
      Thread.sleep(idle.toMillis());
      long cpuAtRest = server.cpuMillis();
      double rss = server.rssMb();
      Jcmd.run(server.pid(), "GC.run");
      Thread.sleep(1000);
      Jcmd.Heap heap = Jcmd.heap(server.pid());
      return new StartupReport.Start(server.readySeconds, started, cpuAtReady, cpuAtRest, rss, server.rssMb(), heap.usedMb(),
          heap.metaspaceMb(), Jcmd.loadedClasses(server.pid()));
    }
  }

  private static ServerProcess launch(Starter side, Path work) throws Exception {
    return ServerProcess.start(side.name(), ProcessBudgetBenchmark.freePort(), side.classpath(), side.mainClass(), side.arguments(), work)
        .awaitReady(READY_PATH, Duration.ofMinutes(5));
  }

  /** Our application with its own data (an H2 file or a PostgreSQL database named after the side), demo users on. */
  private static List<String> ourArguments(String side, Path work, PostgresMeter postgres) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("--asiek.data-dir=" + work.resolve(side),
        "--asiek.security.admin-password=" + ADMIN_PASSWORD, "--asiek.security.demo-users=true", "--spring.mail.host=127.0.0.1",
        "--logging.level.root=WARN", "--logging.level.id.go.mojokertokab.asiek=INFO"));
    if (postgres != null) {
      postgres.createDatabase(side);
      arguments.add("--spring.profiles.active=postgres");
      arguments.addAll(postgresArguments(postgres, side));
    }
    return arguments;
  }

  private static List<String> postgresArguments(PostgresMeter postgres, String database) {
    return List.of("--spring.datasource.url=" + postgres.jdbcUrl(database), "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres");
  }

  private static void clean(Path work) throws Exception {
    if (Files.exists(work)) {
      try (Stream<Path> left = Files.walk(work)) {
        left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(work);
  }
}
