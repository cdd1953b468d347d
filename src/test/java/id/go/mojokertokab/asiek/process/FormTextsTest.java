package id.go.mojokertokab.asiek.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.sop.SopStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Where the SOP's printed columns belong to another row (rows 2, 4 and 5), staff read in plain Indonesian what the printed
 * output means for their task; the analysts' note on the shifted columns stays in the task's documentation in the model.
 */
class FormTextsTest {

  /** Words of the analysts' note that staff should not have to read. */
  static final Pattern ANALYST_JARGON = Pattern.compile("tergeser|kolom sop");
  static final List<String> SHIFTED_ROW_TASKS =
      List.of(Elements.TASK_FIX_PARTICIPANT_LIST, Elements.TASK_DELIVER_MATERIAL, Elements.TASK_GUIDE_PRACTICE);

  final BpmnModelInstance model = Bpmn.readModelFromFile(ProcessModelConventionsTest.MODEL.toFile());

  @Test
  void noFormShowsStaffTheAnalystsNoteOnShiftedColumns() throws IOException {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
      texts(form.getKey(), form.getValue(), form.getKey(), found);
    }

    assertThat(found).isEmpty();
  }

  @Test
  void theTasksOfShiftedRowsSayWhatThePrintedOutputMeansForThemAndKeepTheNoteInTheModel() throws IOException {
    Map<String, JsonNode> forms = forms();
    List<String> noted = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String documentation = documentation(task);
      if (ANALYST_JARGON.matcher(documentation.toLowerCase(Locale.ROOT)).find()) {
        noted.add(task.getId());
        String row = SopStep.of(task).orElseThrow().step();
        assertThat(outputDescription(forms.get(task.getCamundaFormRef()))).as(task.getId())
            .startsWith("Output SOP langkah " + row + " sebagaimana tercetak di SOP. Untuk tugas ini berarti: ");
      }
    }

    assertThat(noted).as("tasks whose documentation explains the shifted columns").containsExactlyInAnyOrderElementsOf(SHIFTED_ROW_TASKS);
  }

  /**
   * Tasklist labels a date-and-time field by its dateLabel (and timeLabel), while the server's messages name the field by
   * its label: the date box carries the label, so the message names what staff see.
   */
  @Test
  void aDateAndTimeFieldShowsTheLabelTheServerNamesItBy() throws IOException {
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
      form.getValue().findParents("subtype").stream().filter(field -> "datetime".equals(field.path("subtype").asText()))
          .filter(field -> !field.path("label").asText().equals(field.path("dateLabel").asText()))
          .forEach(field -> differing.add(form.getKey() + " " + field.path("key").asText() + ": label \"" + field.path("label").asText()
              + "\", dateLabel \"" + field.path("dateLabel").asText() + "\""));
    }

    assertThat(differing).isEmpty();
  }

  private static String documentation(UserTask task) {
    return task.getDocumentations().stream().map(Documentation::getTextContent).reduce("", String::concat);
  }

  private static String outputDescription(JsonNode form) {
    for (JsonNode component : form.path("components")) {
      if (Vars.OUTPUT_CONFIRMED.name().equals(component.path("key").asText())) {
        return component.path("description").asText();
      }
    }
    throw new AssertionError(form.path("id").asText() + " has no " + Vars.OUTPUT_CONFIRMED.name());
  }

  /** Every text of the form staff can read (texts, labels, descriptions, options), with the form and component it is in. */
  private static void texts(String formId, JsonNode node, String where, List<String> found) {
    if (node.isTextual() && ANALYST_JARGON.matcher(node.asText().toLowerCase(Locale.ROOT)).find()) {
      found.add(where + ": " + node.asText());
    } else if (node.isContainerNode()) {
      String id = node.path("id").asText(formId);
      String here = id.equals(formId) ? where : formId + " " + id;
      node.forEach(child -> texts(formId, child, here, found));
    }
  }

  /** The forms by their id. */
  private static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        forms.put(form.path("id").asText(), form);
      }
    }
    return forms;
  }
}
