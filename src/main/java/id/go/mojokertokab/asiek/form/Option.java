package id.go.mojokertokab.asiek.form;

/** One option of a select, radio or checklist, as form-js reads it from a valuesKey variable. */
public record Option(String label, String value) {}
