package id.go.mojokertokab.asiek.participant;

import java.time.Instant;

/** A participant checked in on one day, with when and by whom. */
public record Attendee(Participant participant, Instant checkedInAt, String checkedInBy) {}
