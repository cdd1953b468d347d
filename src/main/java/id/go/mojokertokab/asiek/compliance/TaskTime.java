package id.go.mojokertokab.asiek.compliance;

import java.time.Instant;

/**
 * One user task as the report counts it: the SOP row and lane its model element names, when it was created and, if it
 * was completed, when.
 */
record TaskTime(String sopRow, String lane, String taskName, String waktu, Instant created, Instant completed) {

  boolean open() {
    return completed == null;
  }
}
