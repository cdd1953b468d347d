package id.go.mojokertokab.asiek.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The inputs of a Camunda Form (form-js JSON), in the order the form shows them. */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select", "taglist");

  /** {{ template }} in texts and labels. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** FEEL's keywords and the built-in functions our forms call: words of an expression that are no variable. */
  private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "null", "true", "false", "and", "or", "not",
      "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function", "count", "sum", "min",
      "max", "string", "number", "date", "time", "duration", "is", "defined", "contains", "substring", "upper", "lower",
      "case", "now", "today", "length", "get", "value", "list", "append", "concatenate", "abs", "floor", "ceiling");

  private final String id;
  private final Map<String, FormField> fields;
  private final Set<String> submittable;
  private final Set<String> referenced;

  private FormSchema(String id, Map<String, FormField> fields, Set<String> submittable, Set<String> referenced) {
    this.id = id;
    this.fields = fields;
    this.submittable = Set.copyOf(submittable);
    this.referenced = Set.copyOf(referenced);
  }

  public static FormSchema parse(InputStream json) throws IOException {
    JsonNode root = JSON.readTree(json);
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields);
    Set<String> submittable = new LinkedHashSet<>();
    collectSubmittable(root.path("components"), submittable);
    Set<String> referenced = new LinkedHashSet<>(submittable);
    collectReferences(root.path("components"), referenced);
    return new FormSchema(root.path("id").asText(), fields, submittable, referenced);
  }

  /** The top-level variables form-js submits: keyed inputs, and the paths of dynamic lists and of groups with a path. */
  private static void collectSubmittable(JsonNode components, Set<String> into) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String path = component.path("path").asText("");
      if (("dynamiclist".equals(type) || "group".equals(type)) && !path.isBlank()) {
        into.add(path.split("\\.")[0]);
      } else if ("group".equals(type)) {
        collectSubmittable(component.path("components"), into);
      } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        into.add(component.path("key").asText().split("\\.")[0]);
      }
    }
  }

  /**
   * Every variable the form can show: what {{templates}} and FEEL expressions ("=…") anywhere in it name, and the
   * variables options are read from (valuesKey).
   */
  private static void collectReferences(JsonNode node, Set<String> into) {
    if (node.isTextual()) {
      String text = node.asText();
      if (text.startsWith("=")) {
        names(text.substring(1), into);
      }
      Matcher template = TEMPLATE.matcher(text);
      while (template.find()) {
        names(template.group(1), into);
      }
      return;
    }
    if (node.isObject()) {
      if (node.hasNonNull("valuesKey")) {
        into.add(node.get("valuesKey").asText());
      }
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        collectReferences(children.next(), into);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectReferences(child, into));
    }
  }

  /** The names an expression reads: words outside string literals that are not a property of something ("a.b"). */
  private static void names(String expression, Set<String> into) {
    String code = QUOTED.matcher(expression).replaceAll(literal -> " ".repeat(literal.group().length()));
    Matcher name = NAME.matcher(code);
    while (name.find()) {
      int before = name.start() - 1;
      if ((before < 0 || code.charAt(before) != '.') && !FEEL_WORDS.contains(name.group())) {
        into.add(name.group());
      }
    }
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

  /** The top-level variable names a submission of this form may carry. */
  public Set<String> submittableKeys() {
    return submittable;
  }

  /** The variables the form shows or submits; a task's form needs to know no others. */
  public Set<String> referencedVariables() {
    return referenced;
  }

  /** Variables the form only shows (in texts or expressions) and never submits. */
  public boolean isShownOnly(String name) {
    return referenced.contains(name) && !submittable.contains(name);
  }

  /** The label staff see for a key, so that a message names the field as the form does. */
  public String label(String key) {
    FormField field = fields.get(key);
    return field == null ? key : field.label();
  }
}
