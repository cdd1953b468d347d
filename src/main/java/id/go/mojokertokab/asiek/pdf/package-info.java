/**
 * The office's documents as PDF/A-2u: HTML templates (Thymeleaf, well-formed XHTML) under resources/pdf/, the office's
 * letterhead, embedded Liberation fonts and an sRGB profile, rendered by openhtmltopdf, so that a sheet or report
 * archived today still renders the same decades on.
 */
package id.go.mojokertokab.asiek.pdf;
