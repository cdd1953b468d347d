package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many staff booking at the same moment: each thread books in its own transaction, all released at once. Whatever the
 * interleaving, no unit of a resource may be held twice at overlapping times, and every refusal is a conflict.
 */
abstract class ScheduleConcurrencyIntegrationTestBase {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final int THREADS = 32;
  /** A working Monday well ahead, without holidays. */
  static final LocalDate DAY = LocalDate.of(2027, 2, 1);

  @Autowired ReservationService schedule;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void resources() {
    cleanUp();
    jdbc.update("insert into asiek_resource (id, kind, name, quantity, buffer_minutes, seats) values ('uji-ruang', 'ROOM', 'Ruang Uji', 1, 0, 30)");
    jdbc.update("insert into asiek_resource (id, kind, name, quantity, buffer_minutes) values ('uji-proyektor', 'EQUIPMENT', 'Proyektor Uji', 2, 0)");
  }

  @AfterEach
  void cleanUp() {
    jdbc.update("delete from asiek_booking where resource_id in ('uji-ruang', 'uji-proyektor')");
    jdbc.update("delete from asiek_resource where id in ('uji-ruang', 'uji-proyektor')");
  }

  @Test
  void thirtyTwoConcurrentBookingsOfOneRoomHoldExactlyOnePerPeriod() throws Exception {
    // 16 half-hour slots, each wanted by two threads at once, plus nothing else: exactly one of each pair may win.
    List<Callable<ScheduleOutcome>> bookings = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      ZonedDateTime start = DAY.atTime(7, 30).atZone(JAKARTA).plusMinutes(30L * (i / 2));
      Session slot = new Session(SessionType.MATERI, start.toInstant(), start.plusMinutes(30).toInstant());
      String title = "Rapat " + i;
      bookings.add(() -> inTransaction(() -> schedule.bookSingle("uji-ruang", slot, 1, title, "uji")));
    }

    List<ScheduleOutcome> outcomes = runAtOnce(bookings);

    assertThat(outcomes.stream().filter(ScheduleOutcome::booked)).hasSize(16);
    assertThat(outcomes.stream().filter(o -> !o.booked()))
        .hasSize(16)
        .allSatisfy(o -> assertThat(o.conflicts()).extracting(Conflict::kind).containsOnly(Conflict.Kind.BOOKED));
    assertThat(jdbc.queryForObject("select count(*) from asiek_booking where resource_id = 'uji-ruang'", Long.class)).isEqualTo(16);
    assertThat(doubleBookedUnits("uji-ruang")).isZero();
  }

  @Test
  void overlappingBookingsOfOneRoomAdmitOnlyTheNonOverlappingOnes() throws Exception {
    // 32 two-hour bookings starting every 15 minutes from 07.30: they overlap their neighbours; the winners must not.
    List<Callable<ScheduleOutcome>> bookings = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      ZonedDateTime start = DAY.atTime(7, 30).atZone(JAKARTA).plusMinutes(15L * (i % 26));
      Session slot = new Session(SessionType.MATERI, start.toInstant(), start.plusHours(2).toInstant());
      String title = "Kegiatan " + i;
      bookings.add(() -> inTransaction(() -> schedule.bookSingle("uji-ruang", slot, 1, title, "uji")));
    }

    List<ScheduleOutcome> outcomes = runAtOnce(bookings);

    List<Booking> held = outcomes.stream().filter(ScheduleOutcome::booked).map(o -> o.bookings().get(0)).toList();
    assertThat(held).isNotEmpty();
    for (Booking a : held) {
      for (Booking b : held) {
        if (a.id() != b.id()) {
          assertThat(a.start().isBefore(b.end()) && b.start().isBefore(a.end())).as(a + " and " + b).isFalse();
        }
      }
    }
    assertThat(doubleBookedUnits("uji-ruang")).isZero();
  }

  @Test
  void equipmentOfQuantityTwoAdmitsTwoOverlappingBookingsAndRefusesTheThird() throws Exception {
    List<Callable<ScheduleOutcome>> bookings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ZonedDateTime start = DAY.atTime(9, 0).atZone(JAKARTA).plusMinutes(20L * i);
      Session slot = new Session(SessionType.MATERI, start.toInstant(), start.plusHours(2).toInstant());
      String title = "Presentasi " + i;
      bookings.add(() -> inTransaction(() -> schedule.bookSingle("uji-proyektor", slot, 1, title, "uji")));
    }

    List<ScheduleOutcome> outcomes = runAtOnce(bookings);

    assertThat(outcomes.stream().filter(ScheduleOutcome::booked)).hasSize(2);
    ScheduleOutcome refused = outcomes.stream().filter(o -> !o.booked()).findFirst().orElseThrow();
    assertThat(refused.conflicts()).extracting(Conflict::kind).containsOnly(Conflict.Kind.NOT_ENOUGH_UNITS);
    assertThat(ConflictMessages.plain(JAKARTA).sentence(refused.conflicts().get(0))).contains("Proyektor Uji: diminta 1, tersedia 0 dari 2");
    assertThat(doubleBookedUnits("uji-proyektor")).isZero();
  }

  private ScheduleOutcome inTransaction(Callable<ScheduleOutcome> booking) {
    return new TransactionTemplate(transactions).execute(status -> {
      try {
        return booking.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static List<ScheduleOutcome> runAtOnce(List<Callable<ScheduleOutcome>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<ScheduleOutcome>> futures = new ArrayList<>();
      for (Callable<ScheduleOutcome> task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<ScheduleOutcome> outcomes = new ArrayList<>();
      for (Future<ScheduleOutcome> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Pairs of holds of the same unit whose blocked periods overlap: must always be zero. */
  private long doubleBookedUnits(String resourceId) {
    return jdbc.queryForObject("""
        select count(*) from asiek_booking_unit a join asiek_booking_unit b
          on a.resource_id = b.resource_id and a.unit_no = b.unit_no and a.booking_id < b.booking_id
         and a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until
        where a.resource_id = ?""", Long.class, resourceId);
  }
}
