/**
 * Certificates of attendance: issued once to each participant the attendance records show came, never to a name alone,
 * with an unguessable verification code, as PDF with a QR code of the public page {@code /sertifikat/{kode}}, which
 * confirms a code with only the name, the activity and its days.
 */
package id.go.mojokertokab.asiek.certificate;
