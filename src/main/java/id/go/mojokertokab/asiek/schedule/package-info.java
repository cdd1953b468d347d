/**
 * The office's schedule: rooms, equipment and speakers and their bookings; the conflict check and free-slot search
 * (plain Java) with their Indonesian sentences; reservations that cannot double-book; the bookings API and the calendar
 * feeds; the iCalendar invitations and cancellations the requester and staff receive.
 */
package id.go.mojokertokab.asiek.schedule;
