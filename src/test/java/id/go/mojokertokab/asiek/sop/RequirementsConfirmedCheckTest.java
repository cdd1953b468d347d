package id.go.mojokertokab.asiek.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.calendar.DateBounds;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormSchema;
import id.go.mojokertokab.asiek.form.FormValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The kelengkapan of a task come from the model; what a submission says about them does not count. */
class RequirementsConfirmedCheckTest {

  static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(Path.of("processes", "pustaka-asiek.bpmn").toFile());

  @Test
  void everyItemOfTheModelMustBeTicked() throws IOException {
    FormCheck check = check(Map.of("requirementsConfirmed", Spin.JSON("[\"ATK lainnya\"]")));

    assertThat(check.messages()).containsExactly(
        "Kolom \"Kelengkapan yang sudah tersedia\": semua kelengkapan harus tersedia; belum dicentang: Kertas lembar disposisi.");
  }

  @Test
  void anEmptyListOfOptionsSentWithTheFormShortensNothing() throws IOException {
    Map<String, Object> values = new HashMap<>();
    values.put("requirementOptions", Spin.JSON("[]"));
    values.put("requirementsConfirmed", Spin.JSON("[]"));

    assertThat(check(values).messages()).singleElement().asString().contains("Kertas lembar disposisi, ATK lainnya");
  }

  @Test
  void allItemsTickedPasses() throws IOException {
    FormCheck check = check(Map.of("requirementsConfirmed", Spin.JSON("[\"Kertas lembar disposisi\",\"ATK lainnya\"]")));

    assertThat(check.messages()).isEmpty();
  }

  private static FormCheck check(Map<String, Object> values) throws IOException {
    FormSchema disposition;
    try (InputStream in = Files.newInputStream(Path.of("forms", "disposition.form"))) {
      disposition = FormSchema.parse(in);
    }
    DelegateTask task = mock(DelegateTask.class);
    when(task.getBpmnModelElementInstance()).thenReturn((UserTask) MODEL.getModelElementById("Task_DisposeRequest"));
    FormCheck check = new FormCheck(disposition, new FormValues(values, TestData.JAKARTA), TestData.MONDAY_0900.toLocalDateTime(), DateBounds.DEFAULT);
    new RequirementsConfirmedCheck().check(check, task);
    return check;
  }
}
