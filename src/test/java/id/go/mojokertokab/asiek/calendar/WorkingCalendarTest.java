package id.go.mojokertokab.asiek.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25));
  final WorkingCalendar calendar = new WorkingCalendar(JAKARTA, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
      LocalTime.of(7, 30), LocalTime.of(16, 0), HOLIDAYS::contains);

  @Test
  void oneHourInOfficeHoursEndsAnHourLater() {
    assertThat(add("2026-12-07T09:00", "1 jam")).isEqualTo("2026-12-07T10:00");
  }

  @Test
  void hoursLeftOverAtClosingContinueNextMorning() {
    assertThat(add("2026-12-07T15:30", "1 jam")).isEqualTo("2026-12-08T08:00");
    assertThat(add("2026-12-07T15:45", "30 menit")).isEqualTo("2026-12-08T07:45");
  }

  @Test
  void workStartedOutsideOfficeHoursCountsFromTheNextOpening() {
    assertThat(add("2026-12-07T06:00", "1 jam")).isEqualTo("2026-12-07T08:30");
    assertThat(add("2026-12-07T19:00", "1 jam")).isEqualTo("2026-12-08T08:30");
    assertThat(add("2026-12-05T10:00", "30 menit")).isEqualTo("2026-12-07T08:00");
  }

  @Test
  void daysAreWholeOfficeDaysOfWorkingTime() {
    assertThat(add("2026-12-07T10:00", "1 hari")).isEqualTo("2026-12-08T10:00");
    assertThat(add("2026-12-07T10:00", "2 hari")).isEqualTo("2026-12-09T10:00");
    assertThat(add("2026-12-04T20:00", "1 hari")).as("Friday evening: all of Monday").isEqualTo("2026-12-07T16:00");
  }

  @Test
  void weekendsAndHolidaysAreSkipped() {
    assertThat(add("2026-12-04T15:00", "2 jam")).as("Friday to Monday").isEqualTo("2026-12-07T08:30");
    assertThat(add("2026-12-24T10:00", "1 hari")).as("over Christmas").isEqualTo("2026-12-28T10:00");
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void aCalendarWithoutWorkingDaysSaysSoInsteadOfLooping() {
    WorkingCalendar closed = new WorkingCalendar(JAKARTA, Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(9, 0), d -> true);

    assertThatThrownBy(() -> closed.nextWorkingDay(LocalDate.of(2026, 1, 1))).hasMessageContaining("No working day");
  }

  private String add(String localStart, String waktu) {
    Instant start = LocalDateTime.parse(localStart).atZone(JAKARTA).toInstant();
    return LocalDateTime.ofInstant(calendar.add(start, WorkingTime.parse(waktu)), JAKARTA).toString();
  }

  @Test
  void noWorkingTimeEndsWhereItStartsAndNegativeTimeIsRefused() {
    Instant monday = LocalDateTime.parse("2026-12-07T09:00").atZone(JAKARTA).toInstant();

    assertThat(calendar.addWorkingMinutes(monday, 0)).isEqualTo(monday);
    assertThatThrownBy(() -> calendar.addWorkingMinutes(monday, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCalendarWithoutWorkingDaysForThreeYearsSaysSoInsteadOfSearchingOn() {
    LocalDate from = LocalDate.of(2026, 12, 7);
    // every day is a holiday for 3 × 366 days each way; the next day after that would be a working day again
    WorkingCalendar closed = new WorkingCalendar(JAKARTA, EnumSet.allOf(DayOfWeek.class), LocalTime.of(7, 30), LocalTime.of(16, 0),
        day -> Math.abs(day.toEpochDay() - from.toEpochDay()) <= 3 * 366);

    assertThatThrownBy(() -> closed.nextWorkingDay(from)).isInstanceOf(IllegalStateException.class)
        .hasMessage("No working day within 1098 days after 2026-12-07: check the calendar");
    assertThatThrownBy(() -> closed.previousWorkingDay(from)).isInstanceOf(IllegalStateException.class)
        .hasMessage("No working day within 1098 days before 2026-12-07: check the calendar");
  }
}
