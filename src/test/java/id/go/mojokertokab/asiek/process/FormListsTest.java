package id.go.mojokertokab.asiek.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mojokertokab.asiek.FormFiles;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Decision;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.security.Lanes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.junit.jupiter.api.Test;

/** The lists the forms offer are the ones the code knows: decisions from their enum, lanes from Lanes. */
class FormListsTest {

  static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  @Test
  void theDispositionOffersExactlyTheDecisionsTheModelBranchesOn() throws IOException {
    assertThat(values(FormFiles.field("disposition.form", Vars.DISPOSITION_DECISION.name())))
        .containsExactlyElementsOf(Arrays.stream(Decision.values()).map(Decision::name).toList());

    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "pustaka-asiek.bpmn").toFile());
    List<String> compared = new ArrayList<>();
    Pattern comparison = Pattern.compile(Vars.DISPOSITION_DECISION.name() + "\\s*==\\s*'([^']*)'");
    for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
      Matcher m = comparison.matcher(condition.getTextContent());
      while (m.find()) {
        compared.add(m.group(1));
      }
    }
    assertThat(compared).containsExactlyInAnyOrderElementsOf(Arrays.stream(Decision.values()).map(Decision::name).toList());
  }

  @Test
  void theDispositionForwardsOnlyToLanes() throws IOException {
    assertThat(values(FormFiles.field("disposition.form", Vars.DISPOSITION_FORWARDED_TO.name())))
        .isNotEmpty().allSatisfy(value -> assertThat(Lanes.ALL).anyMatch(lane -> lane.groupId().equals(value)));
  }
}
