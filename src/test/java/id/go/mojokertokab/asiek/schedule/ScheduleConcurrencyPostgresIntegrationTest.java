package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.mojokertokab.asiek.integration.OnEmbeddedPostgres;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** On PostgreSQL nothing queues: the exclusion constraint refuses the loser, which becomes a normal conflict. */
@OnEmbeddedPostgres
@SpringBootTest(properties = ScheduleConcurrencyIntegrationTestBase.POOL_FOR_EVERY_THREAD)
class ScheduleConcurrencyPostgresIntegrationTest extends ScheduleConcurrencyIntegrationTestBase {

  @Test
  void theDatabaseItselfRefusesADoubleBookingThatBypassesTheApplication() {
    long first = insertBooking("A", at(9, 0), at(11, 0));
    long second = insertBooking("B", at(10, 0), at(12, 0));
    insertUnit(first, at(9, 0), at(11, 0));

    assertThatThrownBy(() -> insertUnit(second, at(10, 0), at(12, 0)))
        .satisfies(e -> assertThat(UnitAllocation.isExclusionViolation(e)).isTrue());
  }

  private long insertBooking(String title, ZonedDateTime start, ZonedDateTime end) {
    return jdbc.queryForObject("""
        insert into asiek_booking (resource_id, starts_at, ends_at, quantity, title, created_at)
        values ('uji-ruang', ?, ?, 1, ?, now()) returning id""", Long.class, start.toOffsetDateTime(), end.toOffsetDateTime(), title);
  }

  private void insertUnit(long bookingId, ZonedDateTime from, ZonedDateTime until) {
    jdbc.update("insert into asiek_booking_unit (booking_id, resource_id, unit_no, blocked_from, blocked_until) values (?, 'uji-ruang', 1, ?, ?)",
        bookingId, from.toOffsetDateTime(), until.toOffsetDateTime());
  }
}
