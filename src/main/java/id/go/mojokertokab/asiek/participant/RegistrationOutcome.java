package id.go.mojokertokab.asiek.participant;

import java.util.Map;

/** What a submitted registration came to. */
public sealed interface RegistrationOutcome {

  /** Saved: with a place, or on the waiting list at {@code waitingPlace} (1 = next to be promoted). */
  record Registered(Participant participant, int waitingPlace) implements RegistrationOutcome {}

  /** Nothing saved: the problems by field, in the form's order. */
  record Refused(Map<String, String> problems) implements RegistrationOutcome {}

  /** Nothing saved: registration has closed (deadline, closed early, activity cancelled). */
  record Closed() implements RegistrationOutcome {}
}
