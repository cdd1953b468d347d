package id.go.mojokertokab.asiek.schedule;

import java.time.Duration;

/** A room, a pool of equipment of one kind ({@code quantity} units) or a speaker. */
public record Resource(String id, ResourceKind kind, String name, int quantity, int bufferMinutes, Integer seats,
    String email, boolean active) {

  public Duration buffer() {
    return Duration.ofMinutes(bufferMinutes);
  }
}
