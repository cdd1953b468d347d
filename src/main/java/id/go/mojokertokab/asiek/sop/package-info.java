/**
 * The SOP's mutu baku on every user task: the row it serves, its kelengkapan, waktu and output as printed, the due date
 * that waktu gives on the office calendar, the escalation of a task that runs past it, and the engine wiring (a parse
 * listener) that gives every user task and start form this behaviour and the server-side form check.
 */
package id.go.mojokertokab.asiek.sop;
