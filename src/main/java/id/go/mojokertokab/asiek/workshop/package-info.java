/**
 * The workshop days and their records (SOP rows 3 to 7): when the workshop opens and closes by its current schedule,
 * what the opening, material, practice and documentation forms show and check, and the practice results in the report.
 */
package id.go.mojokertokab.asiek.workshop;
