package id.go.mojokertokab.asiek.calendar;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock domain code reads "now" from: the engine's, in the office's time zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock(CalendarProperties calendar) {
    return new EngineClock(calendar.zone());
  }
}
