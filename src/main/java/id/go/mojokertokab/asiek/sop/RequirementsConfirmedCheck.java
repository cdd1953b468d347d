package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.TaskSubmissionCheck;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Every kelengkapan item of the task's mutu baku must be confirmed before the task completes. The items are read from
 * the model (the task's camunda:properties), never from what the form sent, so no submission can shorten the list.
 */
@Component
class RequirementsConfirmedCheck implements TaskSubmissionCheck {

  @Override
  public void check(FormCheck check, DelegateTask task) {
    String confirmedKey = Vars.REQUIREMENTS_CONFIRMED.name();
    if (check.schema().field(confirmedKey).isEmpty()) {
      return;
    }
    List<String> required = SopStep.of(task.getBpmnModelElementInstance()).map(SopStep::requirementItems).orElse(List.of());
    List<String> confirmed = check.values().strings(confirmedKey);
    List<String> missing = required.stream().filter(item -> !confirmed.contains(item)).toList();
    if (!missing.isEmpty()) {
      check.reject(confirmedKey, "Kolom " + check.label(confirmedKey)
          + ": semua kelengkapan harus tersedia; belum dicentang: " + String.join(", ", missing) + ".");
    }
  }
}
