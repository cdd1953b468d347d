package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.mojokertokab.asiek.integration.EmbeddedPostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL nothing queues: the exclusion constraint refuses the loser, which becomes a normal conflict. */
@ExtendWith(EmbeddedPostgresExtension.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class ScheduleConcurrencyPostgresIntegrationTest extends ScheduleConcurrencyIntegrationTestBase {

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    EmbeddedPostgresExtension.datasource(registry);
  }

  @Test
  void theDatabaseItselfRefusesADoubleBookingThatBypassesTheApplication() {
    long first = jdbc.queryForObject("""
        insert into asiek_booking (resource_id, starts_at, ends_at, quantity, title, created_at)
        values ('uji-ruang', timestamptz '2027-02-01 09:00+07', timestamptz '2027-02-01 11:00+07', 1, 'A', now()) returning id""", Long.class);
    long second = jdbc.queryForObject("""
        insert into asiek_booking (resource_id, starts_at, ends_at, quantity, title, created_at)
        values ('uji-ruang', timestamptz '2027-02-01 10:00+07', timestamptz '2027-02-01 12:00+07', 1, 'B', now()) returning id""", Long.class);
    jdbc.update("insert into asiek_booking_unit values (?, 'uji-ruang', 1, timestamptz '2027-02-01 09:00+07', timestamptz '2027-02-01 11:00+07')", first);

    assertThatThrownBy(() -> jdbc.update(
        "insert into asiek_booking_unit values (?, 'uji-ruang', 1, timestamptz '2027-02-01 10:00+07', timestamptz '2027-02-01 12:00+07')", second))
        .satisfies(e -> assertThat(ReservationService.isExclusionViolation(e)).isTrue());
  }
}
