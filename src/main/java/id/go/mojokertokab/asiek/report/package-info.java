/**
 * What the office writes about an activity: the disposition sheet (lembar disposisi) when the KADIS decides, and the
 * activity report (laporan pelaksanaan kegiatan) for row 8, both PDF/A and stored as documents of the activity.
 */
package id.go.mojokertokab.asiek.report;
