package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One participant's certificate. {@code participantRef} is the participant's id in the participants feature, so a
 * certificate is issued once per participant; null for one issued by name alone before certificates required
 * attendance. {@code activityDate} and {@code activityEndDate} are the workshop's first and last day.
 */
public record Certificate(String code, String activityNumber, String participantName, String participantRef, String activityTitle,
    LocalDate activityDate, LocalDate activityEndDate, Instant issuedAt, String issuedBy) {

  /** The workshop's days as the certificate prints them: "21–22 Desember 2026", or "21 Desember 2026". */
  public String days() {
    return IndonesianDates.range(activityDate, activityEndDate);
  }
}
