package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many staff booking at the same moment: 32 threads each open a transaction on a connection of their own, wait at a
 * barrier until all 32 are in, then book. Whatever the interleaving, no unit of a resource is held twice at overlapping
 * times, and every thread that lost got a conflict naming a booking that really overlaps its own.
 */
abstract class ScheduleConcurrencyIntegrationTestBase {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final int THREADS = 32;
  /** Every thread holds a connection at the barrier; the pool must not be what makes them queue. */
  static final String POOL_FOR_EVERY_THREAD = "spring.datasource.hikari.maximum-pool-size=" + (THREADS + 4);
  static final ConflictMessages SENTENCES = ConflictMessages.plain(JAKARTA);

  @Autowired ReservationService schedule;
  @Autowired OfficeCalendar calendar;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;
  @Autowired ScheduleRepository repository;
  @Autowired Clock clock;

  /** A working day (holidays of asiek_holiday included) at least a week after the pinned engine clock. */
  LocalDate day;

  /** One booking a thread attempts: what it asked for, under which title. */
  record Attempt(String title, Session period) {}

  /** What one thread got. */
  record Result(Attempt attempt, ScheduleOutcome outcome) {

    boolean won() {
      return outcome.booked();
    }

    Booking booking() {
      return outcome.bookings().get(0);
    }
  }

  @BeforeEach
  void pinTheClockAndAddResources() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    day = calendar.from(now).nextWorkingDay(calendar.today(now).plusDays(6));
    cleanUp();
    jdbc.update("insert into asiek_resource (id, kind, name, quantity, buffer_minutes, seats) values ('uji-ruang', 'ROOM', 'Ruang Uji', 1, 0, 30)");
    jdbc.update("insert into asiek_resource (id, kind, name, quantity, buffer_minutes) values ('uji-proyektor', 'EQUIPMENT', 'Proyektor Uji', 2, 0)");
  }

  @AfterEach
  void resetTheClockAndRemoveResources() {
    ClockUtil.reset();
    cleanUp();
  }

  private void cleanUp() {
    jdbc.update("delete from asiek_booking where resource_id in ('uji-ruang', 'uji-proyektor')");
    jdbc.update("delete from asiek_resource where id in ('uji-ruang', 'uji-proyektor')");
  }

  @Test
  void thirtyTwoConcurrentBookingsOfOneRoomHoldExactlyOnePerPeriod() throws Exception {
    // 16 adjacent half-hour slots, each wanted by two threads at once: exactly one of each pair may win.
    List<Result> results = bookAllAtOnce("uji-ruang", "Rapat ", i -> period(at(7, 30).plusMinutes(30L * (i / 2)), 30));

    List<Result> winners = winners(results);
    assertThat(winners).hasSize(16);
    assertThat(winners).extracting(w -> w.attempt().period().start()).doesNotHaveDuplicates();
    assertEveryLoserWasRefusedFor(results, Conflict.Kind.BOOKED);
    assertThat(jdbc.queryForObject("select count(*) from asiek_booking where resource_id = 'uji-ruang'", Long.class)).isEqualTo(16);
    assertThat(doubleBookedUnits("uji-ruang")).isZero();
  }

  @Test
  void overlappingBookingsOfOneRoomAdmitOnlyTheNonOverlappingOnes() throws Exception {
    // 32 two-hour bookings starting every 15 minutes from 07.30 (the last at 13.45): each overlaps its neighbours.
    // Whatever the order, the winners are disjoint and leave no gap that a loser would fit: two to four of them.
    List<Result> results = bookAllAtOnce("uji-ruang", "Kegiatan ", i -> period(at(7, 30).plusMinutes(15L * (i % 26)), 120));

    List<Result> winners = winners(results);
    assertThat(winners).hasSizeBetween(2, 4);
    for (Result a : winners) {
      for (Result b : winners) {
        if (a != b) {
          assertThat(overlap(a.booking().start(), a.booking().end(), b.booking().start(), b.booking().end()))
              .as("%s and %s both hold the room", a.booking(), b.booking()).isFalse();
        }
      }
    }
    assertEveryLoserWasRefusedFor(results, Conflict.Kind.BOOKED);
    assertThat(doubleBookedUnits("uji-ruang")).isZero();
  }

  @Test
  void equipmentOfQuantityTwoAdmitsTwoOverlappingBookingsAndRefusesTheRest() throws Exception {
    // 32 two-hour presentations starting between 09.00 and 10.10: all of them need a projector from 10.10 to 11.00.
    List<Result> results = bookAllAtOnce("uji-proyektor", "Presentasi ", i -> period(at(9, 0).plusMinutes(10L * (i % 8)), 120));

    assertThat(winners(results)).hasSize(2);
    assertEveryLoserWasRefusedFor(results, Conflict.Kind.NOT_ENOUGH_UNITS);
    assertThat(losers(results)).allSatisfy(loser -> assertThat(SENTENCES.sentence(loser.outcome().conflicts().get(0)))
        .contains("Proyektor Uji: diminta 1, tersedia 0 dari 2"));
    assertThat(doubleBookedUnits("uji-proyektor")).isZero();
  }

  @Test
  void checkReadsResourcesHolidaysAndHoldsAlikeOnBothDatabasesAndInOneStatementOnPostgres() throws Exception {
    schedule.bookSingle("uji-ruang", period(at(9, 0), 120), 1, "Rapat Dinas Uji", "uji");
    LocalDate holiday = calendar.from(day.atStartOfDay(JAKARTA).toInstant()).nextWorkingDay(day);
    jdbc.update("insert into asiek_holiday (holiday_date, name) values (?, 'Hari Libur Uji')", holiday);
    try {
      ScheduleRequest request = new ScheduleRequest("UJI-CEK-1", "Pustaka ASIEK UJI-CEK-1",
          List.of(period(at(10, 0), 120), new Session(SessionType.PRAKTIK, holiday.atTime(8, 0).atZone(JAKARTA).toInstant(),
              holiday.atTime(10, 0).atZone(JAKARTA).toInstant())),
          List.of(new ResourceDemand("uji-ruang", 1), new ResourceDemand("uji-proyektor", 3), new ResourceDemand("uji-tidak-ada", 1)),
          20);
      CountingDataSource counted = new CountingDataSource(dataSource);

      List<Conflict> conflicts = counted.reservationService(calendar.properties(), clock).check(request);

      assertThat(conflicts).extracting(Conflict::kind).containsExactly(Conflict.Kind.NOT_ENOUGH_UNITS,
          Conflict.Kind.UNKNOWN_RESOURCE, Conflict.Kind.BOOKED, Conflict.Kind.HOLIDAY);
      assertThat(conflicts).map(SENTENCES::sentence).anySatisfy(s -> assertThat(s).contains("\"Rapat Dinas Uji\""))
          .anySatisfy(s -> assertThat(s).contains("Hari Libur Uji"));
      if (repository.isPostgres()) {
        assertThat(counted.statements()).as("statements of one check on PostgreSQL").isEqualTo(1);
      }
    } finally {
      jdbc.update("delete from asiek_holiday where holiday_date = ?", holiday);
    }
  }

  @Test
  void refusedBookingNamesWhatIsInTheWayAndOffersTheNearestFreeDayInOneStatementOnPostgres() throws Exception {
    // the room is taken on a day without holidays nearby and on the working day after it: the nearest free slot is the
    // working day before, at the same hours, and PostgreSQL's check read its holds already
    // the calendar reaches back before the first candidate day, so a holiday just before it is seen (2027-03-26)
    WorkingCalendar working = calendar.between(day.minusDays(30), day.plusDays(60));
    LocalDate quiet = day;
    while (!working.isWorkingDay(quiet) || Stream.iterate(quiet.minusDays(5), d -> d.plusDays(1)).limit(11)
        .anyMatch(d -> working.holidayName(d).isPresent())) {
      quiet = quiet.plusDays(1);
    }
    LocalDate after = working.nextWorkingDay(quiet);
    LocalDate before = working.previousWorkingDay(quiet);
    schedule.bookSingle("uji-ruang", period(quiet.atTime(9, 0).atZone(JAKARTA), 120), 1, "Rapat Dinas Uji", "uji");
    schedule.bookSingle("uji-ruang", period(after.atTime(9, 0).atZone(JAKARTA), 120), 1, "Rapat Dinas Lanjutan", "uji");
    CountingDataSource counted = new CountingDataSource(dataSource);

    ScheduleOutcome outcome = counted.reservationService(calendar.properties(), clock)
        .bookSingle("uji-ruang", period(quiet.atTime(10, 0).atZone(JAKARTA), 60), 1, "Rapat Mendadak", "uji");

    assertThat(outcome.conflicts()).map(SENTENCES::sentence).singleElement().asString().contains("\"Rapat Dinas Uji\"");
    assertThat(outcome.proposal()).contains(List.of(period(before.atTime(10, 0).atZone(JAKARTA), 60)));
    if (repository.isPostgres()) {
      assertThat(counted.statements()).as("statements of a refused booking with its proposal on PostgreSQL").isEqualTo(1);
    }
  }

  /**
   * Each loser was refused, only for the given kind, and each conflict that names a booking names a winner whose period
   * really overlaps the loser's. A loser that overlaps no winner would have been refused for nothing.
   */
  private static void assertEveryLoserWasRefusedFor(List<Result> results, Conflict.Kind kind) {
    List<Result> winners = winners(results);
    List<Result> losers = losers(results);
    assertThat(winners.size() + losers.size()).isEqualTo(THREADS);
    for (Result loser : losers) {
      Session wanted = loser.attempt().period();
      List<Result> overlapping = winners.stream()
          .filter(w -> overlap(wanted.start(), wanted.end(), w.booking().start(), w.booking().end())).toList();
      assertThat(loser.outcome().bookings()).as("%s holds nothing", loser.attempt().title()).isEmpty();
      assertThat(loser.outcome().conflicts()).as("why %s was refused", loser.attempt().title())
          .isNotEmpty().extracting(Conflict::kind).containsOnly(kind);
      assertThat(overlapping).as("winners overlapping %s (%s)", loser.attempt().title(), wanted).isNotEmpty();
      for (Conflict conflict : loser.outcome().conflicts()) {
        assertThat(SENTENCES.sentence(conflict)).as("conflict of %s", loser.attempt().title())
            .containsAnyOf(overlapping.stream().map(w -> "\"" + w.attempt().title() + "\"").toArray(String[]::new));
      }
    }
  }

  private static List<Result> winners(List<Result> results) {
    return results.stream().filter(Result::won).toList();
  }

  private static List<Result> losers(List<Result> results) {
    return results.stream().filter(r -> !r.won()).toList();
  }

  private static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
    return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
  }

  ZonedDateTime at(int hour, int minute) {
    return day.atTime(hour, minute).atZone(JAKARTA);
  }

  private static Session period(ZonedDateTime start, long minutes) {
    return new Session(SessionType.MATERI, start.toInstant(), start.plusMinutes(minutes).toInstant());
  }

  /**
   * {@link #THREADS} attempts, the i-th titled {@code title + i} and wanting {@code periodOf(i)}, each in its own thread
   * and transaction. All of them first take a connection and then wait at one barrier, so all bookings start together;
   * a pool smaller than the threads would keep the barrier from opening.
   */
  private List<Result> bookAllAtOnce(String resourceId, String title, IntFunction<Session> periodOf) throws Exception {
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      attempts.add(new Attempt(title + i, periodOf.apply(i)));
    }
    CyclicBarrier allIn = new CyclicBarrier(attempts.size());
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    ExecutorService threads = Executors.newFixedThreadPool(attempts.size());
    try {
      List<Future<ScheduleOutcome>> futures = new ArrayList<>();
      for (Attempt attempt : attempts) {
        futures.add(threads.submit(() -> transaction.execute(status -> {
          // the transaction's first statement: its connection is taken before the barrier, not after
          jdbc.queryForObject("select count(*) from asiek_resource where id = ?", Long.class, resourceId);
          awaitAll(allIn);
          return schedule.bookSingle(resourceId, attempt.period(), 1, attempt.title(), "uji");
        })));
      }
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < attempts.size(); i++) {
        results.add(new Result(attempts.get(i), futures.get(i).get(2, TimeUnit.MINUTES)));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private static void awaitAll(CyclicBarrier barrier) {
    try {
      barrier.await(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("not all " + barrier.getParties() + " threads got a connection and reached the barrier", e);
    }
  }

  /** Pairs of holds of the same unit whose blocked periods overlap: must always be zero. */
  long doubleBookedUnits(String resourceId) {
    return jdbc.queryForObject("""
        select count(*) from asiek_booking_unit a join asiek_booking_unit b
          on a.resource_id = b.resource_id and a.unit_no = b.unit_no and a.booking_id < b.booking_id
         and a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until
        where a.resource_id = ?""", Long.class, resourceId);
  }
}
