package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.schedule.Conflict.Kind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * A benchmark, not a test (its name does not end in Test, so {@code mvn verify} never runs it): the time
 * {@link ReservationService#check(ScheduleRequest)} takes on PostgreSQL, and the statements it sends, while the schedule
 * grows from 10 thousand to 1 million bookings; then, on the full schedule, {@link RacingBookings}: racing clients
 * booking through the service against raw inserts. Run it with
 * {@code mvn -B -q test -Dtest=ScheduleConflictBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; docs/BENCHMARKS.md
 * explains the workload and keeps the results. {@code -Dbenchmark.sql="…;;…"} runs statements after the migrations, to
 * try an index or a constraint before writing its migration.
 */
class ScheduleConflictBenchmark {

  private static final int[] BOOKINGS = {10_000, 100_000, 1_000_000};
  private static final int WARM_UP = 500;
  private static final int MEASURED = 2_000;
  private static final long SEED = 20261129L;
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  /** Numbers no loaded booking has (those stop at 4 digits), so no request's own bookings are excluded. */
  private static final String ACTIVITY_NUMBER = "ASIEK-%d-%d";
  /** The service's clock: before every loaded booking, so no request is "in the past", whenever the benchmark runs. */
  private static final Instant NOW = ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, JAKARTA).toInstant();

  /**
   * The office's working days 2027–2036, with the fixed-date national holidays of the later years; 190 more rooms,
   * speakers and equipment pools (200 resources in all); and every slot a booking can take: a resource is split into
   * lanes of units (a pool of 60 chair sets is booked ten at a time), each lane-day follows one of eight day plans of
   * 1–3 bookings of 1–8 hours in office hours, two hours apart so that no buffer overlaps, and a resource is idle for
   * about 15% of the weeks. The slots are numbered in a fixed pseudo-random order; loading N bookings takes slots 1..N,
   * so every step spreads over the whole ten years and no unit is ever held twice.
   */
  private static final List<String> PREPARE = List.of("""
      insert into asiek_holiday (holiday_date, name)
      select make_date(y, h.m, h.d), h.name || ' ' || y
      from generate_series(2028, 2036) y,
        (values (1, 1, 'Tahun Baru Masehi'), (5, 1, 'Hari Buruh Internasional'), (6, 1, 'Hari Lahir Pancasila'),
          (8, 17, 'Hari Proklamasi Kemerdekaan Republik Indonesia'), (12, 25, 'Hari Raya Natal')) h(m, d, name)
      on conflict do nothing""", """
      insert into asiek_resource (id, kind, name, quantity, buffer_minutes, seats, email)
      select 'ruang-' || n, 'ROOM', 'Ruang Rapat ' || n, 1, case when n % 3 = 0 then 60 else 30 end, 20 + n * 7 % 130, null
      from generate_series(1, 37) n
      union all
      select 'narasumber-' || n, 'SPEAKER', 'Narasumber ' || n, 1, 0, null, 'narasumber' || n || '@example.org'
      from generate_series(1, 59) n
      union all
      select 'peralatan-' || n, 'EQUIPMENT', 'Peralatan ' || n, case when n % 5 = 0 then 2 + n % 9 else 1 end, 0, null, null
      from generate_series(1, 94) n""", """
      create table bench_day as
      select d::date as day, date_trunc('week', d)::date as week
      from generate_series(date '2027-01-01', date '2036-12-31', interval '1 day') d
      where extract(isodow from d) < 6 and d::date not in (select holiday_date from asiek_holiday)""", """
      create table bench_idle as
      select r.id as resource_id, w.week
      from asiek_resource r cross join (select distinct week from bench_day) w
      where abs(hashtext(r.id || '/' || w.week)) % 100 < 15""", """
      create table bench_lane as
      select r.id as resource_id, r.buffer_minutes, w.width, lane
      from asiek_resource r
      cross join lateral (select case when r.quantity >= 20 then 10
        when r.quantity >= 4 and length(r.id) % 2 = 0 then 2 else 1 end as width) w
      cross join lateral generate_series(0, r.quantity / w.width - 1) lane""", """
      create table bench_plan (plan int, slot int, start_minute int, minutes int)""", """
      insert into bench_plan values
        (0, 0, 480, 480),
        (1, 0, 450, 180), (1, 1, 750, 210),
        (2, 0, 450, 60), (2, 1, 630, 120), (2, 2, 870, 90),
        (3, 0, 480, 120), (3, 1, 720, 240),
        (4, 0, 450, 300), (4, 1, 870, 90),
        (5, 0, 480, 60), (5, 1, 660, 60), (5, 2, 840, 120),
        (6, 0, 450, 420),
        (7, 0, 480, 240), (7, 1, 840, 120)""", """
      create table bench_cell as
      select row_number() over (order by md5(l.resource_id || '/' || l.lane || '/' || d.day || '/' || p.slot)) as rank,
        l.resource_id, l.lane * l.width + 1 as first_unit, l.width, p.slot,
        (d.day + p.start_minute * interval '1 minute') at time zone 'Asia/Jakarta' as starts_at,
        (d.day + (p.start_minute + p.minutes) * interval '1 minute') at time zone 'Asia/Jakarta' as ends_at,
        l.buffer_minutes * interval '1 minute' as buffer
      from bench_lane l cross join bench_day d
      join bench_plan p on p.plan = abs(hashtext(l.resource_id || '/' || l.lane || '/' || d.day)) % 8
      where not exists (select 1 from bench_idle i where i.resource_id = l.resource_id and i.week = d.week)""",
      "create unique index bench_cell_rank on bench_cell (rank)",
      "analyze");

  /** Most bookings belong to an activity (three sessions, room and equipment); the rest are other office events. */
  private static final String INSERT_BOOKINGS = """
      insert into asiek_booking (id, resource_id, starts_at, ends_at, quantity, activity_number, session_type, title,
        created_by, created_at)
      select c.rank, c.resource_id, c.starts_at, c.ends_at, c.width, a.number,
        case when a.number is not null then (array['PEMBUKAAN', 'MATERI', 'PRAKTIK'])[c.rank % 3 + 1] end,
        case when a.number is not null
          then 'Pustaka ASIEK ' || a.number || ' – ' || (array['SDN 1 Mojosari', 'SMPN 2 Sooko', 'MI Al-Hidayah Bangsal',
            'SMAN 1 Puri', 'TK Dharma Wanita Trowulan'])[c.rank % 5 + 1]
          else 'Rapat koordinasi bidang ' || (array['Perpustakaan', 'Kearsipan', 'Sekretariat'])[c.rank % 3 + 1] end,
        'analis', c.starts_at - interval '30 days'
      from bench_cell c
      cross join lateral (select case when c.rank % 10 < 7
        then 'ASIEK-' || extract(year from c.starts_at) || '-' || lpad(((c.rank / 12) % 9999 + 1)::text, 4, '0') end
        as number) a
      where c.rank > ? and c.rank <= ?""";

  private static final String INSERT_UNITS = """
      insert into asiek_booking_unit (booking_id, resource_id, unit_no, blocked_from, blocked_until)
      select c.rank, c.resource_id, c.first_unit + k, c.starts_at - c.buffer, c.ends_at + c.buffer
      from bench_cell c cross join lateral generate_series(0, c.width - 1) k
      where c.rank > ? and c.rank <= ?""";

  /** A request and what it must report: a conflict on its room, or nothing at all. */
  record Probe(ScheduleRequest request, String roomId, boolean conflicting) {}

  record Result(int bookings, long units, double medianMs, double p99Ms, int conflicting, double statementsPerCheck,
      double loadSeconds, long genericPlans, long customPlans) {}

  @Test
  void measuresConflictCheckFrom10ThousandTo1MillionBookings() throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        // one connection, so that pg_prepared_statements shows every execution of the check's statement
        HikariDataSource dataSource = pool(postgres, 1)) {
      Flyway.configure().dataSource(postgres.getPostgresDatabase())
          .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
          .table("asiek_flyway_history").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      for (String experiment : System.getProperty("benchmark.sql", "").split(";;")) {
        if (!experiment.isBlank()) {
          jdbc.execute(experiment);
          progress("experiment: %s", experiment);
        }
      }
      progress("load average at the start: %s", loadAverage());
      long started = System.nanoTime();
      PREPARE.forEach(jdbc::execute);
      long slots = jdbc.queryForObject("select count(*) from bench_cell", Long.class);
      assertThat(slots).as("free slots to place the bookings in").isGreaterThanOrEqualTo(BOOKINGS[BOOKINGS.length - 1]);
      progress("prepared %d slots for 200 resources in %.1f s", slots, seconds(started));

      CalendarProperties office = new CalendarProperties(JAKARTA, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          LocalTime.of(7, 30), LocalTime.of(16, 0));
      CountingDataSource counted = new CountingDataSource(dataSource);
      ReservationService service = counted.reservationService(office, Clock.fixed(NOW, JAKARTA));
      Workload workload = new Workload(jdbc);

      List<Result> results = new ArrayList<>();
      Probe sample = null;
      int loaded = 0;
      long[] plans = {0, 0};
      for (int bookings : BOOKINGS) {
        long loading = System.nanoTime();
        jdbc.update(INSERT_BOOKINGS, loaded, bookings);
        jdbc.update(INSERT_UNITS, loaded, bookings);
        jdbc.execute("analyze asiek_booking");
        jdbc.execute("analyze asiek_booking_unit");
        double loadSeconds = seconds(loading);
        loaded = bookings;
        long units = jdbc.queryForObject("select count(*) from asiek_booking_unit", Long.class);
        progress("loaded %d bookings (%d unit rows) in %.1f s", bookings, units, loadSeconds);

        List<Probe> probes = workload.probes(bookings, WARM_UP + MEASURED, new Random(SEED + bookings));
        for (int i = 0; i < WARM_UP; i++) {
          service.check(probes.get(i).request());
        }
        long[] nanos = new long[MEASURED];
        long statementsBefore = counted.statements();
        int conflicting = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
          Probe probe = probes.get(WARM_UP + i);
          long t0 = System.nanoTime();
          List<Conflict> conflicts = service.check(probe.request());
          nanos[i] = System.nanoTime() - t0;
          if (!conflicts.isEmpty()) {
            conflicting++;
          }
          boolean roomBooked = conflicts.stream().anyMatch(c -> c.kind() == Kind.BOOKED && probe.roomId().equals(c.resourceId()));
          if (probe.conflicting() ? !roomBooked : !conflicts.isEmpty()) {
            wrong.add(probe.request().activityNumber() + ": " + conflicts);
          }
        }
        double statements = (double) (counted.statements() - statementsBefore) / MEASURED;
        assertThat(wrong).as("requests whose conflicts differ from what the loaded bookings imply").isEmpty();
        Arrays.sort(nanos);
        long[] planned = checkPlans(jdbc);
        results.add(new Result(bookings, units, millis(median(nanos)), millis(nanos[(int) Math.ceil(MEASURED * 0.99) - 1]),
            conflicting, statements, loadSeconds, planned[0] - plans[0], planned[1] - plans[1]));
        plans = planned;
        progress("measured %d bookings: median %.3f ms, p99 %.3f ms", bookings, results.get(results.size() - 1).medianMs(),
            results.get(results.size() - 1).p99Ms());
        sample = probes.stream().filter(Probe::conflicting).findFirst().orElseThrow();
      }
      System.out.println(report(results));
      String largestPool = jdbc.queryForObject("select id from asiek_resource order by quantity desc, id limit 1", String.class);
      ScheduleRequest request = sample.request();
      List<ResourceDemand> withPool = new ArrayList<>(request.demands());
      withPool.add(new ResourceDemand(largestPool, 1));
      System.out.println("### The check's statement at " + BOOKINGS[BOOKINGS.length - 1] + " bookings: a request that conflicts,"
          + " then the same with the largest pool added\n");
      System.out.println(explain(jdbc, request));
      System.out.println(explain(jdbc, new ScheduleRequest(request.activityNumber(), request.title(), request.sessions(), withPool,
          request.participants())));
      // the loaded bookings took their ids from the slots' ranks: new ones continue after them
      jdbc.execute("select setval(pg_get_serial_sequence('asiek_booking', 'id'), (select max(id) from asiek_booking))");
      try (HikariDataSource racePool = pool(postgres, RacingBookings.CLIENTS + 4)) {
        List<LocalDate> days = jdbc.queryForList("select day from bench_day where day >= date '2036-03-02' order by day limit 20",
            LocalDate.class);
        RacingBookings racing = new RacingBookings(new CountingDataSource(racePool), office, Clock.fixed(NOW, JAKARTA), days, SEED);
        System.out.println(RacingBookings.report(racing.run()));
        System.out.println(racing.losingAttempt(500));
      }
      System.out.println(machine(jdbc.queryForObject("show server_version", String.class)));
    }
  }

  /** Realistic requests at random dates of the loaded range: half collide with a booked room, half find all free. */
  static final class Workload {

    private final JdbcTemplate jdbc;
    private final Map<String, Resource> resources = new HashMap<>();
    private final List<String> rooms = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();
    private final List<String> equipment = new ArrayList<>();
    private final Set<LocalDate> days = new HashSet<>();
    /** Working days whose next day is a working day of the same week. */
    private final List<LocalDate> firstDays = new ArrayList<>();
    private final Map<LocalDate, Set<String>> idleByWeek = new HashMap<>();

    Workload(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
      jdbc.query("select * from asiek_resource order by id", (rs, i) -> new Resource(rs.getString("id"),
          ResourceKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getInt("quantity"), rs.getInt("buffer_minutes"),
          (Integer) rs.getObject("seats"), rs.getString("email"), rs.getBoolean("active"))).forEach(r -> {
            resources.put(r.id(), r);
            (r.kind() == ResourceKind.ROOM ? rooms : r.kind() == ResourceKind.SPEAKER ? speakers : equipment).add(r.id());
          });
      days.addAll(jdbc.queryForList("select day from bench_day order by day", LocalDate.class));
      days.stream().sorted().filter(d -> days.contains(d.plusDays(1))).forEach(firstDays::add);
      jdbc.query("select resource_id, week from bench_idle", rs -> {
        idleByWeek.computeIfAbsent(rs.getObject("week", LocalDate.class), w -> new HashSet<>()).add(rs.getString("resource_id"));
      });
    }

    /** Alternately a request on a day and half-day where its room is booked, and one where all it asks for is idle. */
    List<Probe> probes(int bookings, int count, Random random) {
      List<Map.Entry<String, ZonedDateTime>> anchors = jdbc.query("""
          select c.resource_id, c.starts_at from bench_cell c join asiek_resource r on r.id = c.resource_id
          where c.rank <= ? and r.kind = 'ROOM' order by md5(c.rank::text) limit ?""",
          (rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(JAKARTA)),
          bookings, count * 2);
      List<Probe> probes = new ArrayList<>();
      int next = 0;
      for (int i = 0; i < count; i++) {
        if (i % 2 == 0) {
          ZonedDateTime start;
          String room;
          do {
            Map.Entry<String, ZonedDateTime> anchor = anchors.get(next++ % anchors.size());
            room = anchor.getKey();
            start = anchor.getValue();
          } while (!days.contains(start.toLocalDate().plusDays(1)));
          List<String> kit = pick(equipment, 2, random);
          probes.add(new Probe(request(ACTIVITY_NUMBER.formatted(start.getYear(), 10_000 + i), start.toLocalDate(),
              start.getHour() < 12, room, pick(speakers, 1, random).get(0), kit, random), room, true));
        } else {
          while (true) {
            LocalDate day = firstDays.get(random.nextInt(firstDays.size()));
            Set<String> idle = idleByWeek.getOrDefault(day.with(DayOfWeek.MONDAY), Set.of());
            List<String> idleRooms = rooms.stream().filter(idle::contains).toList();
            List<String> idleSpeakers = speakers.stream().filter(idle::contains).toList();
            List<String> idleEquipment = equipment.stream().filter(idle::contains).toList();
            if (!idleRooms.isEmpty() && !idleSpeakers.isEmpty() && idleEquipment.size() >= 2) {
              String room = pick(idleRooms, 1, random).get(0);
              probes.add(new Probe(request(ACTIVITY_NUMBER.formatted(day.getYear(), 10_000 + i), day, random.nextBoolean(), room,
                  pick(idleSpeakers, 1, random).get(0), pick(idleEquipment, 2, random), random), room, false));
              break;
            }
          }
        }
      }
      return probes;
    }

    /** Opening and material on one day, practice the next, all in the morning or all in the afternoon. */
    private ScheduleRequest request(String number, LocalDate day, boolean morning, String room, String speaker,
        List<String> kit, Random random) {
      LocalDate second = day.plusDays(1);
      List<Session> sessions = morning
          ? List.of(session(SessionType.PEMBUKAAN, day, 8, 9), session(SessionType.MATERI, day, 9, 12),
              session(SessionType.PRAKTIK, second, 8, 12))
          : List.of(session(SessionType.PEMBUKAAN, day, 13, 14), session(SessionType.MATERI, day, 14, 16),
              session(SessionType.PRAKTIK, second, 13, 16));
      List<ResourceDemand> demands = new ArrayList<>();
      for (String id : kit) {
        int quantity = resources.get(id).quantity();
        demands.add(new ResourceDemand(id, quantity == 1 ? 1 : 1 + random.nextInt(Math.max(1, quantity / 2))));
      }
      int participants = Math.min(resources.get(room).seats(), 15 + random.nextInt(35));
      return new ScheduleRequest(number, "Pustaka ASIEK " + number + " – SDN 2 Jetis", sessions,
          ScheduleRequest.demands(room, speaker, demands), participants);
    }

    private static Session session(SessionType type, LocalDate day, int fromHour, int untilHour) {
      return new Session(type, day.atTime(fromHour, 0).atZone(JAKARTA).toInstant(),
          day.atTime(untilHour, 0).atZone(JAKARTA).toInstant());
    }

    private static List<String> pick(List<String> from, int count, Random random) {
      List<String> picked = new ArrayList<>();
      while (picked.size() < count) {
        String candidate = from.get(random.nextInt(from.size()));
        if (!picked.contains(candidate)) {
          picked.add(candidate);
        }
      }
      return picked;
    }
  }

  private static String report(List<Result> results) {
    StringBuilder out = new StringBuilder("\n## ReservationService.check — ")
        .append(MEASURED).append(" timed calls per step after ").append(WARM_UP).append(" warm-up calls\n\n")
        .append("| bookings | median ms | p99 ms | SQL statements per check |\n| ---: | ---: | ---: | ---: |\n");
    for (Result r : results) {
      out.append(String.format(Locale.ROOT, "| %,d | %.3f | %.3f | %.2f |%n", r.bookings(), r.medianMs(), r.p99Ms(),
          r.statementsPerCheck()));
    }
    Result first = results.get(0);
    Result last = results.get(results.size() - 1);
    out.append(String.format(Locale.ROOT, "%nratio p99 1M / 10k = %.2f%nratio median 1M / 10k = %.2f%n%n",
        last.p99Ms() / first.p99Ms(), last.medianMs() / first.medianMs()));
    for (Result r : results) {
      out.append(String.format(Locale.ROOT, "- %,d bookings: %,d unit rows, loaded in %.1f s, %d of %d requests reported"
          + " conflicts; PostgreSQL planned the check's statement %,d times anew (custom plan) and reused its generic plan %,d times%n",
          r.bookings(), r.units(), r.loadSeconds(), r.conflicting(), MEASURED, r.customPlans(), r.genericPlans()));
    }
    return out.toString();
  }

  /** Where and when it ran: the figures mean little without the load the shared cores carried. */
  private static String machine(String postgresVersion) throws IOException {
    String load = loadAverage();
    return String.format(Locale.ROOT, "machine: %d cores, Java %s (%s), %s %s, PostgreSQL %s (embedded, default settings)%n"
            + "load average (1, 5, 15 min, at the end): %s%ndate: %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
        System.getProperty("os.name"), System.getProperty("os.arch"), postgresVersion, load, ZonedDateTime.now(JAKARTA).withNano(0));
  }

  /** The plan of the check's one statement for the request, as ConflictCheckQuery binds it, on a warm cache. */
  private static String explain(JdbcTemplate jdbc, ScheduleRequest request) {
    List<String> ids = request.demands().stream().map(ResourceDemand::resourceId).distinct().toList();
    LocalDate day = request.sessions().get(0).start().atZone(JAKARTA).toLocalDate();
    PreparedStatementCreator statement = connection -> ConflictCheckQuery.bind(connection.prepareStatement(
        "explain (analyze, buffers) " + ConflictCheckQuery.readSql(ids.size(), request.sessions().size())), ids,
        request.sessions(), day.minusDays(120), day.plusDays(120), request.activityNumber());
    jdbc.query(statement, (rs, i) -> rs.getString(1));
    return "EXPLAIN (ANALYZE, BUFFERS) of ConflictCheckQuery.readSql for " + ids + "\n\n"
        + String.join("\n", jdbc.query(statement, (rs, i) -> rs.getString(1))) + "\n";
  }

  /**
   * How often PostgreSQL planned the check's statement on the pool's only connection so far, {generic, custom}: a custom
   * plan is made anew at every execution, the generic one once and then reused.
   */
  private static long[] checkPlans(JdbcTemplate jdbc) {
    return jdbc.queryForObject("""
        select coalesce(sum(generic_plans), 0), coalesce(sum(custom_plans), 0) from pg_prepared_statements
        where statement like '%row_kind%'""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
  }

  private static HikariDataSource pool(EmbeddedPostgres postgres, int connections) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(connections);
    return new HikariDataSource(config);
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }

  private static long median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void progress(String format, Object... args) {
    System.out.printf(Locale.ROOT, "# " + format + "%n", args);
  }
}
