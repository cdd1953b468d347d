/** The application's own pages beside Camunda's webapps: their shared layout and the staff's home page. */
package id.go.mojokertokab.asiek.pages;
