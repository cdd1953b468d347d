/**
 * Reports for supervisors from the engine's history: how each SOP step keeps its waktu (the compliance report, in
 * Cockpit and as CSV).
 */
package id.go.mojokertokab.asiek.compliance;
