/**
 * Changes on the day (issue 9): one session of a booked activity moved by staff, its bookings with it through the
 * conflict check, the attendance days, the registration deadline and every timer of the instance following the new
 * schedule, and everyone concerned sent the updated invitation.
 */
package id.go.mojokertokab.asiek.rescheduling;
