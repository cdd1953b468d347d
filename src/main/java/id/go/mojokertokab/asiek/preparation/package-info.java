/**
 * The preparations before the workshop (SOP rows 4 and 5): Kasubag Umum ticks off the equipment actually booked for
 * the activity, the room is ready at a moment that has passed.
 */
package id.go.mojokertokab.asiek.preparation;
