package id.go.mojokertokab.asiek.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Submitted values as forms deliver them: Tasklist sends dates as "2026-12-01" strings, numbers as Long or Double,
 * checklists as JSON. Readers here turn them into Java types and answer empty for anything unreadable, so the
 * validator can name the field instead of failing on a cast.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;
  private final ZoneId zone;

  public FormValues(Map<String, Object> values, ZoneId zone) {
    this.values = values;
    this.zone = zone;
  }

  public Object raw(String key) {
    return values.get(key);
  }

  public boolean isBlank(String key) {
    Object value = values.get(key);
    if (value == null) {
      return true;
    }
    if (value instanceof String s) {
      return s.isBlank();
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty();
    }
    if (value instanceof SpinJsonNode || value instanceof JsonNode) {
      return strings(key).isEmpty();
    }
    return false;
  }

  public Optional<String> string(String key) {
    Object value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    String s = value.toString().trim();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  public Optional<LocalDate> date(String key) {
    Object value = values.get(key);
    if (value instanceof Date d) {
      return Optional.of(d.toInstant().atZone(zone).toLocalDate());
    }
    return string(key).flatMap(s -> {
      try {
        return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }

  public Optional<LocalDateTime> dateTime(String key) {
    Object value = values.get(key);
    if (value instanceof Date d) {
      return Optional.of(LocalDateTime.ofInstant(d.toInstant(), zone));
    }
    return string(key).flatMap(s -> {
      try {
        return Optional.of(OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDateTime());
      } catch (DateTimeParseException notOffset) {
        try {
          return Optional.of(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      }
    });
  }

  public Optional<Double> number(String key) {
    Object value = values.get(key);
    if (value instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    return string(key).flatMap(s -> {
      try {
        return Optional.of(Double.parseDouble(s.replace(',', '.')));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  public boolean isTrue(String key) {
    Object value = values.get(key);
    return Boolean.TRUE.equals(value) || (value instanceof String s && Boolean.parseBoolean(s.trim()));
  }

  /** The values of a checklist or taglist, or of a list-of-options variable ({label, value} objects). */
  public List<String> strings(String key) {
    Object value = values.get(key);
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof Collection<?> c) {
      c.forEach(item -> result.add(optionValue(item)));
      return result;
    }
    JsonNode node = json(value);
    if (node != null && node.isArray()) {
      node.forEach(item -> result.add(item.isObject() ? item.path("value").asText() : item.asText()));
    } else if (node == null && value instanceof String s && !s.isBlank()) {
      result.add(s);
    }
    return result;
  }

  /** The items of a dynamic list: one map of field key to value per item. */
  public List<Map<String, Object>> objects(String key) {
    List<Map<String, Object>> items = new ArrayList<>();
    Object value = values.get(key);
    if (value instanceof Collection<?> c) {
      for (Object item : c) {
        if (item instanceof Map<?, ?> map) {
          Map<String, Object> copy = new java.util.LinkedHashMap<>();
          map.forEach((k, v) -> copy.put(String.valueOf(k), v));
          items.add(copy);
        }
      }
      return items;
    }
    JsonNode node = json(value);
    if (node != null && node.isArray()) {
      for (JsonNode item : node) {
        if (item.isObject()) {
          items.add(JSON.convertValue(item, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}));
        }
      }
    }
    return items;
  }

  private static String optionValue(Object item) {
    if (item instanceof Map<?, ?> map && map.containsKey("value")) {
      return String.valueOf(map.get("value"));
    }
    return String.valueOf(item);
  }

  private static JsonNode json(Object value) {
    try {
      if (value instanceof JsonNode n) {
        return n;
      }
      if (value instanceof SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      if (value instanceof String s && s.trim().startsWith("[")) {
        return JSON.readTree(s);
      }
    } catch (Exception unreadable) {
      return null;
    }
    return null;
  }
}
