/**
 * Certificates of attendance: issued per participant with an unguessable verification code, as PDF with a QR code of
 * the public page {@code /sertifikat/{kode}}, which confirms a code with only the name, the activity and its date.
 */
package id.go.mojokertokab.asiek.certificate;
