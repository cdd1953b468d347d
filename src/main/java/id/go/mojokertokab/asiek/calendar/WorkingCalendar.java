package id.go.mojokertokab.asiek.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Counts office time: a working day runs from {@code opens} to {@code closes} on a work day that is no holiday.
 * A span of working days is that many full office days of working minutes, so "1 hari" from Monday 10:00 ends on
 * Tuesday 10:00, and from Friday 20:00 it ends on Monday at closing time.
 */
public final class WorkingCalendar {

  private static final int MAX_DAYS_SEARCHED = 3 * 366;

  private final ZoneId zone;
  private final Set<DayOfWeek> workDays;
  private final LocalTime opens;
  private final LocalTime closes;
  /** The holiday's name, or null on a day that is none. */
  private final Function<LocalDate, String> holiday;

  public WorkingCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime opens, LocalTime closes, Predicate<LocalDate> holiday) {
    this(zone, workDays, opens, closes, (Function<LocalDate, String>) date -> holiday.test(date) ? "hari libur" : null);
  }

  /** @param holidays the holidays by date, with their names */
  public WorkingCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime opens, LocalTime closes, Map<LocalDate, String> holidays) {
    this(zone, workDays, opens, closes, (Function<LocalDate, String>) Map.copyOf(holidays)::get);
  }

  private WorkingCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime opens, LocalTime closes, Function<LocalDate, String> holiday) {
    this.zone = zone;
    this.workDays = Set.copyOf(workDays);
    this.opens = opens;
    this.closes = closes;
    this.holiday = holiday;
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  /** A day of the working week (Monday to Friday by default), holiday or not. */
  public boolean isWorkDay(DayOfWeek day) {
    return workDays.contains(day);
  }

  public Optional<String> holidayName(LocalDate date) {
    return Optional.ofNullable(holiday.apply(date));
  }

  public boolean isWorkingDay(LocalDate date) {
    return workDays.contains(date.getDayOfWeek()) && holiday.apply(date) == null;
  }

  public long minutesPerWorkingDay() {
    return Duration.between(opens, closes).toMinutes();
  }

  /** The instant reached after {@code amount} of working time, counted from {@code start}. */
  public Instant add(Instant start, WorkingTime amount) {
    long minutes = amount.days() * minutesPerWorkingDay() + amount.minutes();
    return addWorkingMinutes(start, minutes);
  }

  public Instant addWorkingMinutes(Instant start, long minutes) {
    if (minutes < 0) {
      throw new IllegalArgumentException("working minutes must not be negative: " + minutes);
    }
    LocalDateTime cursor = firstWorkingMoment(LocalDateTime.ofInstant(start, zone));
    long remaining = minutes;
    while (true) {
      long leftToday = Duration.between(cursor.toLocalTime(), closes).toMinutes();
      if (remaining <= leftToday) {
        return cursor.plusMinutes(remaining).atZone(zone).toInstant();
      }
      remaining -= leftToday;
      cursor = nextWorkingDay(cursor.toLocalDate()).atTime(opens);
    }
  }

  /**
   * Office minutes between two instants: only the minutes of working days between opening and closing count, so a task
   * opened on Friday at 15:00 and finished on Monday at 08:30 took 120 office minutes with the default hours.
   */
  public long workingMinutesBetween(Instant start, Instant end) {
    if (!end.isAfter(start)) {
      return 0;
    }
    LocalDateTime from = LocalDateTime.ofInstant(start, zone);
    LocalDateTime until = LocalDateTime.ofInstant(end, zone);
    long minutes = 0;
    for (LocalDate day = from.toLocalDate(); !day.isAfter(until.toLocalDate()); day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      LocalDateTime open = day.atTime(opens);
      LocalDateTime close = day.atTime(closes);
      LocalDateTime a = from.isAfter(open) ? from : open;
      LocalDateTime b = until.isBefore(close) ? until : close;
      if (b.isAfter(a)) {
        minutes += Duration.between(a, b).toMinutes();
      }
    }
    return minutes;
  }

  /** The moment itself when it lies in office hours, otherwise the next opening time. */
  LocalDateTime firstWorkingMoment(LocalDateTime moment) {
    LocalDate date = moment.toLocalDate();
    if (isWorkingDay(date)) {
      if (moment.toLocalTime().isBefore(opens)) {
        return date.atTime(opens);
      }
      if (moment.toLocalTime().isBefore(closes)) {
        return moment.withSecond(0).withNano(0).plusMinutes(moment.getSecond() > 0 || moment.getNano() > 0 ? 1 : 0);
      }
    }
    return nextWorkingDay(date).atTime(opens);
  }

  public LocalDate nextWorkingDay(LocalDate after) {
    return nearestWorkingDay(after, 1);
  }

  public LocalDate previousWorkingDay(LocalDate before) {
    return nearestWorkingDay(before, -1);
  }

  private LocalDate nearestWorkingDay(LocalDate from, int direction) {
    LocalDate day = from.plusDays(direction);
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(direction)) {
      if (isWorkingDay(day)) {
        return day;
      }
    }
    throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days " + (direction > 0 ? "after " : "before ")
        + from + ": check the calendar");
  }
}
