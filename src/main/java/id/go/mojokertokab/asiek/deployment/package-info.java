/**
 * Diagrams deployed from Camunda Modeler: the conventions a new process version must keep before the engine takes it
 * (mutu baku, lanes, forms in the same deployment, our beans only, no scripts), each broken one refused with its own
 * Indonesian sentence.
 */
package id.go.mojokertokab.asiek.deployment;
