package id.go.mojokertokab.asiek.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The record of an activity's package: where it is, its Payload-Oxum, and what the last verification found. */
public record ArchivePackage(String activityNumber, String bagPath, String payloadOxum, LocalDate baggingDate, Instant createdAt,
    Instant lastVerifiedAt, boolean intact, List<String> problems) {}
