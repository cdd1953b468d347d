/**
 * The records of an activity as files: the request letter scan, the disposition sheet, attendance lists, photos,
 * videos, the material, the report. Streamed to disk (multipart or resumable tus uploads), checked by content, kept
 * with their SHA-256; listed and served (Range requests) to the lanes that need them; and the SOP outputs that must
 * exist before a step may close.
 */
package id.go.mojokertokab.asiek.document;
