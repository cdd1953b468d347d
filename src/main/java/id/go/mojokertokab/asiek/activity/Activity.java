package id.go.mojokertokab.asiek.activity;

import java.time.Instant;
import java.time.LocalDate;

/** A registered request letter and the activity it asks for, as kept in asiek_activity. */
public record Activity(
    String activityNumber,
    String processInstanceId,
    String agendaNumber,
    String letterNumber,
    LocalDate letterDate,
    String subject,
    String institutionName,
    String institutionAddress,
    String contactName,
    String contactEmail,
    String contactPhone,
    LocalDate proposedStartDate,
    LocalDate proposedEndDate,
    int expectedParticipants,
    String registeredBy,
    Instant registeredAt,
    ActivityStatus status) {}
