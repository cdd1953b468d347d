package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@value #CLIENTS} clients booking the same few rooms at once, each as fast as it can, in rounds that alternate two
 * ways of booking the same attempts: straight into the tables ("raw": an insert into asiek_booking and one into the
 * exclusion-constrained asiek_booking_unit, committed, or rolled back when PostgreSQL refuses it), and through
 * {@link ReservationService#bookSingle} in a transaction of its own ("app"). Each round books fresh rooms, so the rounds
 * do not see each other; the first two rounds warm the JVM up and are not counted.
 */
final class RacingBookings {

  static final int CLIENTS = 32;
  private static final int ATTEMPTS_PER_CLIENT = 100;
  private static final int ROOMS = 8;
  private static final String[] ROUNDS = {"raw", "app", "raw", "app", "app", "raw"};
  private static final int WARM_UP_ROUNDS = 2;

  /** A client's wish: a room (by number), a day, a start in half hours after 07.30 and a length in half hours. */
  record Attempt(int room, LocalDate day, int startSlot, int slots) {}

  /**
   * One round's figures. {@code deadlocks}: raw attempts that PostgreSQL aborted as a deadlock (each after its
   * deadlock_timeout of 1 s); {@code takenMeanwhile}: app attempts that gave up with {@link Conflict.TakenMeanwhile}.
   */
  record Round(String side, int attempts, int accepted, int deadlocks, int takenMeanwhile, double seconds, long statements,
      long transactionCalls) {

    double attemptsPerSecond() {
      return attempts / seconds;
    }
  }

  private final CountingDataSource dataSource;
  private final JdbcTemplate jdbc;
  private final ReservationService reservations;
  private final TransactionTemplate transaction;
  private final CalendarProperties calendar;
  private final List<List<Attempt>> attempts = new ArrayList<>();

  /** @param days working days the clients book, none a holiday; every client draws its attempts from them at random */
  RacingBookings(CountingDataSource dataSource, CalendarProperties calendar, Clock clock, List<LocalDate> days, long seed)
      throws SQLException {
    this.dataSource = dataSource;
    this.calendar = calendar;
    this.jdbc = new JdbcTemplate(dataSource);
    this.reservations = dataSource.reservationService(calendar, clock);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    Random random = new Random(seed);
    for (int client = 0; client < CLIENTS; client++) {
      List<Attempt> mine = new ArrayList<>();
      for (int i = 0; i < ATTEMPTS_PER_CLIENT; i++) {
        int slots = 2 + random.nextInt(3);
        mine.add(new Attempt(random.nextInt(ROOMS), days.get(random.nextInt(days.size())), random.nextInt(18 - slots), slots));
      }
      attempts.add(mine);
    }
  }

  /** Every round, in order, warm-up rounds included. */
  List<Round> run() throws Exception {
    List<Round> rounds = new ArrayList<>();
    for (int round = 0; round < ROUNDS.length; round++) {
      rounds.add(round(round, ROUNDS[round]));
    }
    return rounds;
  }

  /**
   * Where an attempt that loses goes, with one client and no race: the first {@code count} attempts made again on the
   * rooms of the first (raw) round, where each of them now conflicts. Median ms of a raw insert that PostgreSQL
   * refuses, of {@link ReservationService#check} alone, and of {@link ReservationService#bookSingle} (the check, the
   * nearest free slot, the transaction).
   */
  String losingAttempt(int count) throws SQLException {
    long[][] nanos = new long[3][count];
    for (int i = 0; i < count; i++) {
      Attempt attempt = attempts.get(i % CLIENTS).get(i / CLIENTS);
      Session period = period(attempt);
      String room = "balap-0-" + attempt.room();
      long t0 = System.nanoTime();
      insertRaw(room, period);
      long t1 = System.nanoTime();
      reservations.check(new ScheduleRequest(null, "Rapat balap", List.of(period), List.of(new ResourceDemand(room, 1)), null));
      long t2 = System.nanoTime();
      transaction.execute(status -> reservations.bookSingle(room, period, 1, "Rapat balap", "balap"));
      long t3 = System.nanoTime();
      nanos[0][i] = t1 - t0;
      nanos[1][i] = t2 - t1;
      nanos[2][i] = t3 - t2;
    }
    for (long[] n : nanos) {
      Arrays.sort(n);
    }
    return String.format(Locale.ROOT, "one client, %d attempts that conflict, median ms: raw insert refused %.3f, check %.3f,"
        + " bookSingle (check, nearest free slot, transaction) %.3f%n", count, nanos[0][count / 2] / 1e6, nanos[1][count / 2] / 1e6,
        nanos[2][count / 2] / 1e6);
  }

  static String report(List<Round> rounds) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%n## %d racing clients, %d attempts each, on %d rooms: raw inserts against ReservationService.bookSingle%n%n"
            + "| round | way | attempts | held | deadlocks | taken meanwhile | s | attempts/s | held/s | statements/attempt |"
            + " commits etc./attempt |%n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n", CLIENTS, ATTEMPTS_PER_CLIENT, ROOMS));
    double[] attempts = new double[2];
    double[] seconds = new double[2];
    for (int i = 0; i < rounds.size(); i++) {
      Round r = rounds.get(i);
      out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.2f | %.0f | %.0f | %.2f | %.2f |%n",
          i < WARM_UP_ROUNDS ? "warm-up" : String.valueOf(i - WARM_UP_ROUNDS + 1), r.side(), r.attempts(), r.accepted(),
          r.deadlocks(), r.takenMeanwhile(), r.seconds(), r.attemptsPerSecond(), r.accepted() / r.seconds(),
          (double) r.statements() / r.attempts(), (double) r.transactionCalls() / r.attempts()));
      if (i >= WARM_UP_ROUNDS) {
        int side = r.side().equals("raw") ? 0 : 1;
        attempts[side] += r.attempts();
        seconds[side] += r.seconds();
      }
    }
    out.append(String.format(Locale.ROOT, "%nmeasured rounds: raw %.0f attempts/s, app %.0f attempts/s, ratio app / raw = %.2f%n",
        attempts[0] / seconds[0], attempts[1] / seconds[1], (attempts[1] / seconds[1]) / (attempts[0] / seconds[0])));
    return out.toString();
  }

  private Round round(int round, String side) throws Exception {
    String prefix = "balap-" + round + "-";
    for (int room = 0; room < ROOMS; room++) {
      jdbc.update("insert into asiek_resource (id, kind, name, quantity, buffer_minutes, seats) values (?, 'ROOM', ?, 1, 0, 40)",
          prefix + room, "Ruang Balap " + round + "-" + room);
    }
    long statements = dataSource.statements();
    long transactionCalls = dataSource.transactionCalls();
    AtomicLong started = new AtomicLong();
    CyclicBarrier allIn = new CyclicBarrier(CLIENTS, () -> started.set(System.nanoTime()));
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    int[] totals = new int[3];
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (List<Attempt> mine : attempts) {
        results.add(clients.submit(() -> {
          allIn.await(1, TimeUnit.MINUTES);
          int[] counts = new int[3];
          for (Attempt attempt : mine) {
            Session period = period(attempt);
            String room = prefix + attempt.room();
            if (side.equals("raw")) {
              String refusal = insertRaw(room, period);
              counts[0] += refusal == null ? 1 : 0;
              counts[1] += UnitAllocation.DEADLOCK_DETECTED.equals(refusal) ? 1 : 0;
            } else {
              ScheduleOutcome outcome = transaction.execute(status -> reservations.bookSingle(room, period, 1, "Rapat balap", "balap"));
              counts[0] += outcome.booked() ? 1 : 0;
              counts[2] += outcome.conflicts().stream().anyMatch(c -> c instanceof Conflict.TakenMeanwhile) ? 1 : 0;
            }
          }
          return counts;
        }));
      }
      for (Future<int[]> result : results) {
        int[] counts = result.get(10, TimeUnit.MINUTES);
        for (int i = 0; i < totals.length; i++) {
          totals[i] += counts[i];
        }
      }
    } finally {
      clients.shutdownNow();
    }
    double seconds = (System.nanoTime() - started.get()) / 1e9;
    Round result = new Round(side, CLIENTS * ATTEMPTS_PER_CLIENT, totals[0], totals[1], totals[2], seconds,
        dataSource.statements() - statements, dataSource.transactionCalls() - transactionCalls);
    assertThat(jdbc.queryForObject("select count(*) from asiek_booking where resource_id like ?", Long.class, prefix + "%"))
        .as("bookings held in round %d (%s)", round, side).isEqualTo(totals[0]);
    assertThat(jdbc.queryForObject("""
        select count(*) from asiek_booking_unit a join asiek_booking_unit b on a.resource_id = b.resource_id
          and a.unit_no = b.unit_no and a.booking_id < b.booking_id and a.blocked && b.blocked
        where a.resource_id like ?""", Long.class, prefix + "%")).as("double-booked units in round %d", round).isZero();
    return result;
  }

  private Session period(Attempt attempt) {
    ZonedDateTime start = attempt.day().atTime(calendar.opens()).plusMinutes(30L * attempt.startSlot()).atZone(calendar.zone());
    return new Session(SessionType.MATERI, start.toInstant(), start.plusMinutes(30L * attempt.slots()).toInstant());
  }

  /** The booking and its one unit, committed (null), or the SQLSTATE of PostgreSQL's refusal (overlap or deadlock). */
  private String insertRaw(String room, Session period) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement booking = connection.prepareStatement("""
              insert into asiek_booking (resource_id, starts_at, ends_at, quantity, title, created_by, created_at)
              values (?, ?, ?, 1, 'Rapat balap', 'balap', now()) returning id""");
          PreparedStatement unit = connection.prepareStatement("""
              insert into asiek_booking_unit (booking_id, resource_id, unit_no, blocked_from, blocked_until)
              values (?, ?, 1, ?, ?)""")) {
        booking.setString(1, room);
        booking.setObject(2, period.start().atOffset(ZoneOffset.UTC));
        booking.setObject(3, period.end().atOffset(ZoneOffset.UTC));
        long id;
        try (ResultSet key = booking.executeQuery()) {
          key.next();
          id = key.getLong(1);
        }
        unit.setLong(1, id);
        unit.setString(2, room);
        unit.setObject(3, period.start().atOffset(ZoneOffset.UTC));
        unit.setObject(4, period.end().atOffset(ZoneOffset.UTC));
        unit.executeUpdate();
        connection.commit();
        return null;
      } catch (SQLException e) {
        connection.rollback();
        if (UnitAllocation.isExclusionViolation(e) || UnitAllocation.hasSqlState(e, UnitAllocation.DEADLOCK_DETECTED)) {
          return e.getSQLState();
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }
}
