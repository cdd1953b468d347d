package id.go.mojokertokab.asiek.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The inputs of a Camunda Form (form-js JSON), in the order the form shows them. */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist");

  private final String id;
  private final Map<String, FormField> fields;

  private FormSchema(String id, Map<String, FormField> fields) {
    this.id = id;
    this.fields = fields;
  }

  public static FormSchema parse(InputStream json) throws IOException {
    JsonNode root = JSON.readTree(json);
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields);
    return new FormSchema(root.path("id").asText(), fields);
  }

  private static void collect(JsonNode components, Map<String, FormField> into) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if ("group".equals(type)) {
        collect(component.path("components"), into);
      } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        FormField field = field(component, type);
        into.put(field.key(), field);
      }
    }
  }

  private static FormField field(JsonNode c, String type) {
    JsonNode validate = c.path("validate");
    List<String> values = new ArrayList<>();
    c.path("values").forEach(v -> values.add(v.path("value").asText()));
    String label = text(c, "label").or(() -> text(c, "dateLabel")).orElse(c.path("key").asText());
    return new FormField(
        c.path("key").asText(), label, type, text(c, "subtype").orElse(null),
        validate.path("required").asBoolean(false),
        integer(validate, "minLength"), integer(validate, "maxLength"),
        number(validate, "min"), number(validate, "max"),
        text(validate, "pattern").orElse(null), text(validate, "validationType").orElse(null),
        List.copyOf(values), text(c, "valuesKey").orElse(null),
        c.path("conditional").hasNonNull("hide"));
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asInt() : null;
  }

  private static Double number(JsonNode node, String name) {
    return node.hasNonNull(name) ? node.get(name).asDouble() : null;
  }

  public String id() {
    return id;
  }

  public List<FormField> fields() {
    return List.copyOf(fields.values());
  }

  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The label staff see for a key, so that a message names the field as the form does. */
  public String label(String key) {
    FormField field = fields.get(key);
    return field == null ? key : field.label();
  }
}
