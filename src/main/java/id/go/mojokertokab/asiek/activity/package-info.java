/** A Pustaka ASIEK activity: its readable number (the business key) and the request letter it started from. */
package id.go.mojokertokab.asiek.activity;
