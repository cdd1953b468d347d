/**
 * What the office's operators rely on: a failed job retried from Cockpit runs at once, readiness that answers within
 * seconds, an embedded database whose row locks mean what they say, and a user's mistake logged as one line rather
 * than as an error.
 */
package id.go.mojokertokab.asiek.operations;
