package id.go.mojokertokab.asiek.participant;

import java.time.Instant;

/**
 * A registration as kept in asiek_participant. The personal fields (name, address, phone, e-mail, affiliation) are
 * null once erased or purged.
 */
public record Participant(
    long id,
    String activityNumber,
    String code,
    String secret,
    ParticipantStatus status,
    Integer seatNo,
    Integer waitNo,
    String fullName,
    String address,
    String phone,
    String email,
    String affiliation,
    String consentVersion,
    Instant consentedAt,
    Source source,
    Instant registeredAt,
    Instant changedAt,
    String changedBy,
    String removalReason,
    Instant erasedAt) {

  /** How the registration came in. */
  public enum Source {
    ONLINE,
    WALK_IN
  }

  public boolean erased() {
    return erasedAt != null;
  }

  /** "K7M-2QX": the code as mails and pages show it, easy to read out at the door. */
  public String displayCode() {
    return ParticipantCodes.display(code);
  }
}
