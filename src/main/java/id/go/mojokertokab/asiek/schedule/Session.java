package id.go.mojokertokab.asiek.schedule;

import java.time.Instant;

/** One session of a workshop: a kind and a period. */
public record Session(SessionType type, Instant start, Instant end) {

  public Session {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a session must end after it starts");
    }
  }

  public Session shiftedTo(Instant newStart) {
    return new Session(type, newStart, newStart.plus(java.time.Duration.between(start, end)));
  }
}
