package id.go.mojokertokab.asiek.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One participant's certificate. {@code participantRef} is the participant's id in the participants feature, so a
 * certificate is issued once per participant; null for one issued by name alone.
 */
public record Certificate(String code, String activityNumber, String participantName, String participantRef, String activityTitle,
    LocalDate activityDate, Instant issuedAt, String issuedBy) {}
