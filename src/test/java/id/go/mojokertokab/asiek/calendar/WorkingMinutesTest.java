package id.go.mojokertokab.asiek.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Office minutes between two moments: what the compliance report counts as a task's duration. */
class WorkingMinutesTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  final WorkingCalendar calendar = new WorkingCalendar(JAKARTA, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
      LocalTime.of(7, 30), LocalTime.of(16, 0), Set.of(LocalDate.of(2026, 12, 25))::contains);

  @Test
  void withinOneOfficeDayItIsTheClockTime() {
    assertThat(minutes("2026-12-07T09:00", "2026-12-07T10:15")).isEqualTo(75);
  }

  @Test
  void eveningsNightsAndWeekendsDoNotCount() {
    assertThat(minutes("2026-12-04T15:00", "2026-12-07T08:30")).as("Friday 15:00 to Monday 08:30").isEqualTo(120);
    assertThat(minutes("2026-12-07T18:00", "2026-12-08T07:00")).isZero();
  }

  @Test
  void aHolidayDoesNotCount() {
    assertThat(minutes("2026-12-24T15:00", "2026-12-28T08:00")).as("Christmas Day off").isEqualTo(90);
  }

  @Test
  void aWholeOfficeDayIsWhatOneHariAdds() {
    Instant start = at("2026-12-07T10:00");
    assertThat(calendar.workingMinutesBetween(start, calendar.add(start, WorkingTime.parse("2 hari")))).isEqualTo(2 * 510);
    assertThat(calendar.workingMinutesBetween(at("2026-12-08T10:00"), at("2026-12-07T10:00"))).as("end before start").isZero();
  }

  private long minutes(String from, String until) {
    return calendar.workingMinutesBetween(at(from), at(until));
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
  }
}
