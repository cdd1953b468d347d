package id.go.mojokertokab.asiek.schedule;

import java.time.Instant;

/**
 * A held booking of {@code quantity} units of a resource, for an activity or another office event ({@code title}).
 * {@code sessionNo} numbers an activity's session (its invitation's UID); null for other events.
 */
public record Booking(long id, String resourceId, Instant start, Instant end, int quantity, String activityNumber,
    SessionType sessionType, String title, String createdBy, Instant createdAt, Integer sessionNo) {}
