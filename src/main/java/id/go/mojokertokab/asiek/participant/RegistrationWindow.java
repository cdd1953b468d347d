package id.go.mojokertokab.asiek.participant;

import java.time.Instant;
import java.time.LocalDate;

/** The registration of one activity as kept in asiek_registration_window. */
public record RegistrationWindow(
    String activityNumber,
    String token,
    int capacity,
    LocalDate deadline,
    Instant closesAt,
    LocalDate firstDay,
    LocalDate lastDay,
    Instant openedAt,
    Instant closedAt,
    String closedBy,
    Instant listFixedAt,
    String listFixedBy,
    Instant cancelledAt,
    Instant purgedAt) {

  /** Open for registrations at {@code now}: not closed, not cancelled, before the deadline has passed. */
  public boolean isOpen(Instant now) {
    return closedAt == null && cancelledAt == null && now.isBefore(closesAt);
  }

  /** When registration closes or closed: the deadline, or earlier when the analyst closed it. */
  public Instant effectiveClose() {
    return closedAt != null && closedAt.isBefore(closesAt) ? closedAt : closesAt;
  }

  public boolean listFixed() {
    return listFixedAt != null;
  }
}
