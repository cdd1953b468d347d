/**
 * Participants of a workshop (SOP rows 2 and 6): the public registration page with its places and waiting list, the
 * librarian's final list, check-in per day and the daftar hadir, and their personal data under UU 27/2022 (consent,
 * export, erasure, purge at the end of retention). Personal data stay in our own tables behind our own pages.
 */
package id.go.mojokertokab.asiek.participant;
