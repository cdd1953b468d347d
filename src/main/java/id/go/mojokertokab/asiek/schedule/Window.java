package id.go.mojokertokab.asiek.schedule;

import java.time.Instant;

/** A resource during [from, until): what a check asks the holds about. */
public record Window(String resourceId, Instant from, Instant until) {

  public boolean meets(Hold hold) {
    return hold.resourceId().equals(resourceId) && hold.blockedFrom().isBefore(until) && hold.blockedUntil().isAfter(from);
  }

  /** Whether every hold that meets this window meets {@code other}. */
  public boolean within(Window other) {
    return other.resourceId().equals(resourceId) && !other.from().isAfter(from) && !other.until().isBefore(until);
  }
}
