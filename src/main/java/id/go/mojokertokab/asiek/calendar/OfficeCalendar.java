package id.go.mojokertokab.asiek.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The office's working calendar with the holidays kept in asiek_holiday. */
@Service
public class OfficeCalendar {

  private final CalendarProperties properties;
  private final JdbcTemplate jdbc;
  private final IndonesianDates format;

  OfficeCalendar(CalendarProperties properties, JdbcTemplate jdbc) {
    this.properties = properties;
    this.jdbc = jdbc;
    this.format = new IndonesianDates(properties.zone());
  }

  /** A calendar that knows the holidays from {@code from} for about three years. */
  public WorkingCalendar from(Instant from) {
    LocalDate first = from.atZone(properties.zone()).toLocalDate();
    return between(first, first.plusYears(3));
  }

  /** A calendar that knows the holidays, with their names, from {@code first} to {@code last}. */
  public WorkingCalendar between(LocalDate first, LocalDate last) {
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    jdbc.query("select holiday_date, name from asiek_holiday where holiday_date between ? and ?",
        rs -> {
          holidays.put(rs.getObject(1, LocalDate.class), rs.getString(2));
        }, first, last);
    return with(holidays);
  }

  /** The office's working days and hours with these holidays (none: weekdays only), reading nothing. */
  public WorkingCalendar with(Map<LocalDate, String> holidays) {
    return new WorkingCalendar(properties.zone(), properties.workDays(), properties.opens(), properties.closes(), holidays);
  }

  public Optional<String> holidayName(LocalDate date) {
    return jdbc.queryForList("select name from asiek_holiday where holiday_date = ?", String.class, date).stream().findFirst();
  }

  public CalendarProperties properties() {
    return properties;
  }

  public IndonesianDates format() {
    return format;
  }

  /** "Senin, 14 Desember 2026 pukul 08.00–12.00 WIB", or with both dates when the period spans days. */
  public String formatPeriod(Instant start, Instant end) {
    return format.period(start, end);
  }

  /** "Senin, 14 Desember 2026" */
  public String formatDay(LocalDate date) {
    return IndonesianDates.day(date);
  }

  public String formatTime(LocalTime time) {
    return IndonesianDates.time(time);
  }

  public Instant add(Instant start, WorkingTime amount) {
    return from(start).add(start, amount);
  }

  /** "Senin, 30 November 2026 pukul 10.15 WIB" */
  public String formatDateTime(Instant instant) {
    return format.dateTime(instant);
  }

  /** "30 November 2026" */
  public static String formatDate(LocalDate date) {
    return IndonesianDates.date(date);
  }

  public LocalDate today(Instant now) {
    return now.atZone(properties.zone()).toLocalDate();
  }
}
