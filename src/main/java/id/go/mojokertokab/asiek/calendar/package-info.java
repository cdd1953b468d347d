/** The office's working calendar: office hours, working days and holidays in Asia/Jakarta. */
package id.go.mojokertokab.asiek.calendar;
