package id.go.mojokertokab.asiek.participant;

import java.time.Instant;
import java.time.LocalDate;

/** A day of an activity on which attendance is taken, as kept in asiek_attendance_day. */
public record AttendanceDay(String activityNumber, LocalDate date, Instant opensAt, Instant closedAt, String closedBy,
    Integer attendeeCount) {

  public boolean closed() {
    return closedAt != null;
  }
}
