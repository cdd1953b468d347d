package id.go.mojokertokab.asiek.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** At most N registrations per address in any hour, IPv6 per /64, 0 for no limit. */
class RegistrationRateLimitTest {

  static final Instant NOON = Instant.parse("2026-12-07T05:00:00Z");

  @Test
  void theEleventhRegistrationOfAnHourIsRefusedUntilTheFirstIsAnHourOld() {
    MutableClock clock = new MutableClock(NOON);
    RegistrationRateLimit limit = new RegistrationRateLimit(10, clock);
    for (int i = 0; i < 10; i++) {
      assertThat(limit.take("203.0.113.7")).as("registration %d", i + 1).isEmpty();
      clock.now = clock.now.plusSeconds(60);
    }

    assertThat(limit.take("203.0.113.7")).contains(Duration.ofMinutes(50));
    assertThat(limit.take("203.0.113.8")).as("another address").isEmpty();
    clock.now = NOON.plus(Duration.ofHours(1)).plusSeconds(1);
    assertThat(limit.take("203.0.113.7")).as("the first left the window").isEmpty();
  }

  @Test
  void addressesOfOneIpv6SlashSixtyFourShareTheirCount() {
    RegistrationRateLimit limit = new RegistrationRateLimit(1, new MutableClock(NOON));

    assertThat(limit.take("2001:db8:1:2:aaaa::1")).isEmpty();
    assertThat(limit.take("2001:db8:1:2:bbbb::9")).isPresent();
    assertThat(limit.take("2001:db8:1:3::1")).isEmpty();
  }

  @Test
  void zeroTurnsTheLimitOff() {
    RegistrationRateLimit limit = new RegistrationRateLimit(0, new MutableClock(NOON));
    for (int i = 0; i < 100; i++) {
      assertThat(limit.take("203.0.113.7")).isEmpty();
    }
  }

  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
