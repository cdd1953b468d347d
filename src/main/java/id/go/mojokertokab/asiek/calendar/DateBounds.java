package id.go.mojokertokab.asiek.calendar;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dates staff and participants may enter anywhere (forms and /api): not before {@code earliest}, and no more than
 * {@code yearsAhead} years after today. Keeps typing slips such as the year 9999 out of bookings and due dates.
 */
@ConfigurationProperties("asiek.dates")
public record DateBounds(@DefaultValue("2000-01-01") LocalDate earliest, @DefaultValue("2") int yearsAhead) {

  /** The defaults of application.yaml, for code that runs without Spring (tests, benchmarks). */
  public static final DateBounds DEFAULT = new DateBounds(LocalDate.of(2000, 1, 1), 2);

  public DateBounds {
    if (yearsAhead < 1) {
      throw new IllegalArgumentException("asiek.dates.years-ahead must be at least 1, not " + yearsAhead);
    }
  }

  public LocalDate latest(LocalDate today) {
    return today.plusYears(yearsAhead);
  }

  public boolean accepts(LocalDate date, LocalDate today) {
    return !date.isBefore(earliest) && !date.isAfter(latest(today));
  }

  /** "antara 1 Januari 2000 dan 30 November 2028" */
  public String range(LocalDate today) {
    return "antara " + OfficeCalendar.formatDate(earliest) + " dan " + OfficeCalendar.formatDate(latest(today));
  }
}
