package id.go.mojokertokab.asiek.form;

import java.util.List;

/** One input of a Camunda Form and the validation form-js applies to it in the browser. */
public record FormField(
    String key,
    String label,
    String type,
    String subtype,
    boolean required,
    Integer minLength,
    Integer maxLength,
    Double min,
    Double max,
    String pattern,
    String validationType,
    List<String> values,
    String valuesKey,
    boolean conditional) {

  public boolean hasStaticValues() {
    return values != null && !values.isEmpty();
  }

  public boolean isDate() {
    return "datetime".equals(type) && "date".equals(subtype);
  }

  public boolean isDateTime() {
    return "datetime".equals(type) && "datetime".equals(subtype);
  }
}
