/**
 * The office's schedule: rooms, equipment and speakers, their bookings, the conflict check that reports every conflict
 * at once with the nearest free slot, bookings that cannot double-book, and iCalendar invitations and feeds.
 */
package id.go.mojokertokab.asiek.schedule;
