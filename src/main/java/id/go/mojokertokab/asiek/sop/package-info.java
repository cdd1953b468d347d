/**
 * The SOP's mutu baku on every user task: the row it serves, its kelengkapan, waktu and output as printed, the due date
 * that waktu gives on the office calendar, and the escalation of a task that runs past it.
 */
package id.go.mojokertokab.asiek.sop;
