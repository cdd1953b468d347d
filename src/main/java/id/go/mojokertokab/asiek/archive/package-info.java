/**
 * Row 8's second output: every record of an activity in one BagIt package (RFC 8493), written once and moved into
 * place atomically, served as its record and as a zip, and re-verified by the fixity job so that a flipped bit or a
 * lost file is found and reported.
 */
package id.go.mojokertokab.asiek.archive;
