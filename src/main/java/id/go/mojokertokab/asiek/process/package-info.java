/** The Pustaka ASIEK process model: its names in one place, and the engine wiring that applies to every task. */
package id.go.mojokertokab.asiek.process;
