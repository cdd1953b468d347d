/** The preparations before the workshop (SOP rows 4 and 5): the rules of the equipment and room forms. */
package id.go.mojokertokab.asiek.preparation;
