/**
 * How /api answers when it cannot serve a request: an RFC 9457 problem in Indonesian for every error, and the
 * constraints its request records share (one-line text, dates within the office's bounds).
 */
package id.go.mojokertokab.asiek.api;
