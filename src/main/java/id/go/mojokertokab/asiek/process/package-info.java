/** The Pustaka ASIEK process model's names in one place: process key, element ids, variables, forms, messages. */
package id.go.mojokertokab.asiek.process;
