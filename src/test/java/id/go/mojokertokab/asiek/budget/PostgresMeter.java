package id.go.mojokertokab.asiek.budget;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Embedded PostgreSQL (zonky, the binaries the tests use) with pg_stat_statements loaded, one database per side. Counts
 * each side's statements and rows written per table, and the CPU of every PostgreSQL process (backends, background
 * workers, and those that ended).
 */
final class PostgresMeter implements AutoCloseable {

  private static final Pattern TABLE = Pattern.compile(
      "^\\s*(?:insert\\s+into|update|delete\\s+from|select\\b.*?\\bfrom)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final EmbeddedPostgres postgres;
  private final long postmasterPid;

  PostgresMeter(Path dataDir) throws Exception {
    // what an interrupted run left behind would make initdb refuse the directory
    if (Files.exists(dataDir)) {
      try (Stream<Path> left = Files.walk(dataDir)) {
        left.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true)
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.track", "top")
        // BEGIN, COMMIT, SET: not statements that do the work
        .setServerConfig("pg_stat_statements.track_utility", "off")
        .setServerConfig("pg_stat_statements.max", "10000")
        .setServerConfig("max_connections", "100")
        .start();
    postmasterPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create extension if not exists pg_stat_statements");
    }
  }

  void createDatabase(String name) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
  }

  String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  Connection connect(String database) throws Exception {
    return postgres.getDatabase("postgres", database).getConnection();
  }

  /** CPU ms of the postmaster, its living children and the children that ended. */
  long cpuMillis() {
    long total = ProcStat.cpuMillis(postmasterPid) + ProcStat.endedChildrenCpuMillis(postmasterPid);
    for (long child : ProcStat.childrenOf(postmasterPid)) {
      total += ProcStat.cpuMillis(child);
    }
    return total;
  }

  void resetStatements() throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("select pg_stat_statements_reset()");
    }
  }

  /** Statements executed and rows written in {@code database} since the last reset, by table. */
  Work work(String database) throws Exception {
    Work work = new Work();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select s.query, s.calls, s.rows from pg_stat_statements s join pg_database d on d.oid = s.dbid "
            + "where d.datname = '" + database + "'")) {
      while (rs.next()) {
        String query = rs.getString(1);
        long calls = rs.getLong(2);
        long rows = rs.getLong(3);
        String verb = query.stripLeading().toLowerCase(Locale.ROOT);
        boolean writes = verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete");
        work.add(verb.substring(0, 6) + " " + table(query), calls, writes ? rows : 0, writes);
      }
    }
    return work;
  }

  /** The statements that took the most time in {@code database} since the last reset: total ms, calls, the statement. */
  List<String> slowest(String database, int count) throws Exception {
    List<String> slowest = new ArrayList<>();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select s.total_exec_time, s.calls, s.query from pg_stat_statements s join pg_database d"
            + " on d.oid = s.dbid where d.datname = '" + database + "' order by s.total_exec_time desc limit " + count)) {
      while (rs.next()) {
        String query = rs.getString(3).replaceAll("\\s+", " ").strip();
        slowest.add(String.format(Locale.ROOT, "%,.0f ms in %,d calls: %s", rs.getDouble(1), rs.getLong(2),
            query.substring(0, Math.min(query.length(), 400))));
      }
    }
    return slowest;
  }

  static String table(String query) {
    Matcher matcher = TABLE.matcher(query);
    return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "(other)";
  }

  /** Statement executions (all / writing) and rows written, per verb and table ("insert act_ru_variable"). */
  static final class Work {
    final Map<String, long[]> byTable = new TreeMap<>();

    void add(String table, long calls, long rowsWritten, boolean writes) {
      long[] counts = byTable.computeIfAbsent(table, t -> new long[3]);
      counts[0] += calls;
      counts[1] += writes ? calls : 0;
      counts[2] += rowsWritten;
    }

    long statements() {
      return byTable.values().stream().mapToLong(c -> c[0]).sum();
    }

    long writeStatements() {
      return byTable.values().stream().mapToLong(c -> c[1]).sum();
    }

    long rowsWritten() {
      return byTable.values().stream().mapToLong(c -> c[2]).sum();
    }
  }

  @Override
  public void close() throws Exception {
    postgres.close();
  }
}
