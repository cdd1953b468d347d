package id.go.mojokertokab.asiek.schedule;

import java.util.List;
import java.util.Optional;

/** What a reservation attempt gave: the bookings held, or every conflict and the nearest free slot. */
public record ScheduleOutcome(List<Booking> bookings, List<Conflict> conflicts, Optional<List<Session>> proposal) {

  public boolean booked() {
    return conflicts.isEmpty();
  }
}
