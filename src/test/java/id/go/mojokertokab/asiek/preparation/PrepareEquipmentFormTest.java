package id.go.mojokertokab.asiek.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Form_PrepareEquipment: its checklist is the equipment booked for the activity, never a list of its own. */
class PrepareEquipmentFormTest {

  @Test
  void checklistIsTheBookedEquipmentAndShowsOnlyWhenSomethingWasBooked() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", "prepare-equipment.form").toFile());
    JsonNode checklist = null;
    for (JsonNode component : form.path("components")) {
      if (Vars.EQUIPMENT_PREPARED.name().equals(component.path("key").asText())) {
        checklist = component;
      }
    }

    assertThat(checklist).isNotNull();
    assertThat(checklist.path("valuesKey").asText()).isEqualTo(Vars.BOOKED_EQUIPMENT_OPTIONS.name());
    assertThat(checklist.has("values")).as("a static list beside the bookings").isFalse();
    assertThat(checklist.path("conditional").path("hide").asText()).contains(Vars.BOOKED_EQUIPMENT_OPTIONS.name());
  }
}
