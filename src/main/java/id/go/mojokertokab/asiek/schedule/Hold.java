package id.go.mojokertokab.asiek.schedule;

import java.time.Instant;

/**
 * One unit of a resource held by a booking during [blockedFrom, blockedUntil): the booking's period widened by the
 * resource's set-up and cleaning buffer (or the block of an activity's consecutive sessions). {@code title},
 * {@code start} and {@code end} are the booking's, for the sentence that names it.
 */
public record Hold(long bookingId, String resourceId, int unitNo, Instant blockedFrom, Instant blockedUntil, String title,
    String activityNumber, Instant start, Instant end) {}
