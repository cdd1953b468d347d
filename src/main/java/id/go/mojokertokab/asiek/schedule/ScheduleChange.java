package id.go.mojokertokab.asiek.schedule;

/**
 * One session moved, as its mails tell it: the invitation's new SEQUENCE, the session's label, its period before and
 * after in the mails' words, why, and who moved it.
 */
public record ScheduleChange(int sequence, String session, String from, String to, String reason, String movedBy) {}
