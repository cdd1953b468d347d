package id.go.mojokertokab.asiek.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and periods as the office writes them in letters and forms: "Senin, 14 Desember 2026 pukul 08.00–12.00 WIB",
 * "21–22 Desember 2026".
 */
public final class IndonesianDates {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter LONG_DATE_TIME = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", INDONESIAN);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);
  private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d", INDONESIAN);
  private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", INDONESIAN);

  private final ZoneId zone;

  public IndonesianDates(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** "Senin, 14 Desember 2026 pukul 08.00–12.00 WIB", or with both dates when the period spans days. */
  public String period(Instant start, Instant end) {
    var from = start.atZone(zone);
    var until = end.atZone(zone);
    String abbreviation = " " + zoneAbbreviation();
    if (from.toLocalDate().equals(until.toLocalDate())) {
      return DAY.format(from) + " pukul " + TIME.format(from) + "–" + TIME.format(until) + abbreviation;
    }
    return LONG_DATE_TIME.format(from) + abbreviation + " s.d. " + LONG_DATE_TIME.format(until) + abbreviation;
  }

  /** "Senin, 30 November 2026 pukul 10.15 WIB" */
  public String dateTime(Instant instant) {
    return LONG_DATE_TIME.format(instant.atZone(zone)) + " " + zoneAbbreviation();
  }

  /** "Senin, 14 Desember 2026" */
  public static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** "07.30" */
  public static String time(LocalTime time) {
    return TIME.format(time);
  }

  /** "30 November 2026" */
  public static String date(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /**
   * The days from {@code first} to {@code last} as a range is written in Indonesian, naming month and year once where
   * they are shared: "21 Desember 2026", "21–22 Desember 2026", "30 November – 2 Desember 2026",
   * "30 Desember 2026 – 2 Januari 2027". The dash is an en dash, spaced once either side has a space.
   */
  public static String range(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a range of days cannot end (" + last + ") before it starts (" + first + ")");
    }
    if (first.equals(last)) {
      return date(first);
    }
    if (first.getYear() != last.getYear()) {
      return date(first) + " – " + date(last);
    }
    if (first.getMonth() != last.getMonth()) {
      return DAY_AND_MONTH.format(first) + " – " + date(last);
    }
    return DAY_OF_MONTH.format(first) + "–" + date(last);
  }

  private String zoneAbbreviation() {
    return switch (zone.getId()) {
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> zone.getId();
    };
  }
}
