package id.go.mojokertokab.asiek.rescheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What staff ask: session {@code sessionNo} of the activity to [start, end) (the office's wall-clock time), why, and
 * a new registration deadline when the opening moves before the old one (null: keep it).
 */
record SessionMove(String activityNumber, int sessionNo, LocalDateTime start, LocalDateTime end, String reason,
    LocalDate newDeadline, String user) {}
