package id.go.mojokertokab.asiek.calendar;

import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the office calendar without Spring, for tests and benchmarks of other features. */
public final class OfficeCalendars {

  private OfficeCalendars() {}

  public static OfficeCalendar of(CalendarProperties properties, JdbcTemplate jdbc) {
    return new OfficeCalendar(properties, jdbc);
  }
}
