package id.go.mojokertokab.asiek.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Office hours of the Dinas; holidays live in the asiek_holiday table. */
@ConfigurationProperties("asiek.calendar")
public record CalendarProperties(
    @DefaultValue("Asia/Jakarta") ZoneId zone,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workDays,
    @DefaultValue("07:30") LocalTime opens,
    @DefaultValue("16:00") LocalTime closes) {

  public CalendarProperties {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("asiek.calendar.opens (" + opens + ") must be before asiek.calendar.closes (" + closes + ")");
    }
    if (workDays.isEmpty()) {
      throw new IllegalArgumentException("asiek.calendar.work-days must name at least one day");
    }
    workDays = Set.copyOf(EnumSet.copyOf(workDays));
  }
}
