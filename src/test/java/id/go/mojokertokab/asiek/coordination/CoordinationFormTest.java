package id.go.mojokertokab.asiek.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Form_CoordinateWithRequester against the code that reads it: one source for every list and every key. */
class CoordinationFormTest {

  static final Path FORM = Path.of("forms", "coordinate-with-requester.form");

  final JsonNode form = read();

  @Test
  void sessionTypeOptionsAreTheSessionTypesInTheirOrder() {
    List<String> options = new ArrayList<>();
    component("Field_SessionType").path("values").forEach(option -> options.add(option.path("value").asText()));

    assertThat(options).containsExactlyElementsOf(Arrays.stream(SessionType.values()).map(SessionType::name).toList());
  }

  @Test
  void equipmentOptionsComeFromTheTaskNotFromTheForm() {
    JsonNode equipment = component("Field_EquipmentResourceId");

    assertThat(equipment.path("valuesKey").asText()).isEqualTo(Vars.EQUIPMENT_OPTIONS.name());
    assertThat(equipment.has("values")).as("a static list beside the database").isFalse();
    assertThat(component("Field_RoomId").path("valuesKey").asText()).isEqualTo(Vars.ROOM_OPTIONS.name());
    assertThat(component("Field_SpeakerId").path("valuesKey").asText()).isEqualTo(Vars.SPEAKER_OPTIONS.name());
  }

  @Test
  void dynamicListsUseTheKeysTheCodeReads() {
    assertThat(component("Field_Sessions").path("path").asText()).isEqualTo(Vars.SESSIONS.name());
    assertThat(keys("Field_Sessions")).containsExactly(CoordinationForm.SESSION_TYPE, CoordinationForm.SESSION_DATE,
        CoordinationForm.START_TIME, CoordinationForm.END_TIME);
    assertThat(component("Field_Equipment").path("path").asText()).isEqualTo(Vars.EQUIPMENT.name());
    assertThat(keys("Field_Equipment")).containsExactly(CoordinationForm.RESOURCE_ID, CoordinationForm.QUANTITY);
  }

  private List<String> keys(String listId) {
    List<String> keys = new ArrayList<>();
    component(listId).path("components").forEach(c -> keys.add(c.path("key").asText()));
    return keys;
  }

  private JsonNode component(String id) {
    List<JsonNode> found = new ArrayList<>();
    collect(form.path("components"), id, found);
    assertThat(found).as(id).hasSize(1);
    return found.get(0);
  }

  private static void collect(JsonNode components, String id, List<JsonNode> into) {
    for (JsonNode component : components) {
      if (id.equals(component.path("id").asText())) {
        into.add(component);
      }
      collect(component.path("components"), id, into);
    }
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(FORM.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(FORM + " is not readable JSON", e);
    }
  }
}
