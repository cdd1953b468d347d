/**
 * The analyst's coordination with the requester (SOP row 2): the form's choices of rooms, speakers and equipment from
 * the office's resources, its rules, reading the agreed schedule from it, and the check that holds it or sends it back
 * with every conflict and a free slot.
 */
package id.go.mojokertokab.asiek.coordination;
