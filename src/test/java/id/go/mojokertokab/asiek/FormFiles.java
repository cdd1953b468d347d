package id.go.mojokertokab.asiek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The forms in forms/ as their JSON says them, for tests that check what Tasklist shows. */
public final class FormFiles {

  private FormFiles() {}

  /** The component with this key in the form file (e.g. "prepare-room.form"), at any depth. */
  public static JsonNode field(String form, String key) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Path.of("forms", form).toFile());
    List<JsonNode> all = new ArrayList<>();
    collect(root.path("components"), all);
    return all.stream().filter(c -> key.equals(c.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no field " + key));
  }

  /** The choices of a select in the form file: value to label, in the order the form offers them. */
  public static Map<String, String> options(String form, String key) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (JsonNode value : field(form, key).path("values")) {
      options.put(value.path("value").asText(), value.path("label").asText());
    }
    return options;
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    components.forEach(c -> {
      into.add(c);
      collect(c.path("components"), into);
    });
  }
}
