/** Camunda's webapps as the office uses them: a fix for Tasklist 7.24 where Camunda's own REST API trips over its output. */
package id.go.mojokertokab.asiek.webapp;
