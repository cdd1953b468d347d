package id.go.mojokertokab.asiek.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The office's working calendar with the holidays kept in asiek_holiday. */
@Service
public class OfficeCalendar {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter LONG_DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", INDONESIAN);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

  private final CalendarProperties properties;
  private final JdbcTemplate jdbc;

  OfficeCalendar(CalendarProperties properties, JdbcTemplate jdbc) {
    this.properties = properties;
    this.jdbc = jdbc;
  }

  /** A calendar that knows the holidays from {@code from} for about three years. */
  public WorkingCalendar from(Instant from) {
    LocalDate first = from.atZone(properties.zone()).toLocalDate();
    Set<LocalDate> holidays = new HashSet<>(jdbc.queryForList(
        "select holiday_date from asiek_holiday where holiday_date between ? and ?",
        LocalDate.class, first, first.plusYears(3)));
    return new WorkingCalendar(properties.zone(), properties.workDays(), properties.opens(), properties.closes(), holidays::contains);
  }

  public Optional<String> holidayName(LocalDate date) {
    return jdbc.queryForList("select name from asiek_holiday where holiday_date = ?", String.class, date).stream().findFirst();
  }

  public CalendarProperties properties() {
    return properties;
  }

  /** "Senin, 14 Desember 2026 pukul 08.00–12.00 WIB", or with both dates when the period spans days. */
  public String formatPeriod(Instant start, Instant end) {
    var from = start.atZone(properties.zone());
    var until = end.atZone(properties.zone());
    String zone = " " + zoneAbbreviation();
    if (from.toLocalDate().equals(until.toLocalDate())) {
      return DAY.format(from) + " pukul " + TIME.format(from) + "–" + TIME.format(until) + zone;
    }
    return LONG_DATE_TIME.format(from) + zone + " s.d. " + LONG_DATE_TIME.format(until) + zone;
  }

  /** "Senin, 14 Desember 2026" */
  public String formatDay(LocalDate date) {
    return DAY.format(date);
  }

  public String formatTime(java.time.LocalTime time) {
    return TIME.format(time);
  }

  public Instant add(Instant start, WorkingTime amount) {
    return from(start).add(start, amount);
  }

  /** "Senin, 30 November 2026 pukul 10.15 WIB" */
  public String formatDateTime(Instant instant) {
    return LONG_DATE_TIME.format(instant.atZone(properties.zone())) + " " + zoneAbbreviation();
  }

  /** "30 November 2026" */
  public static String formatDate(LocalDate date) {
    return LONG_DATE.format(date);
  }

  public LocalDate today(Instant now) {
    return now.atZone(properties.zone()).toLocalDate();
  }

  private String zoneAbbreviation() {
    return switch (properties.zone().getId()) {
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> properties.zone().getId();
    };
  }
}
