package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.TaskSubmissionCheck;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopProperties;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.sop.SopStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A task marked {@code outputFilesRequired} in the model completes only when its SOP row's output files are in the
 * document store ({@link RequiredOutputs}); otherwise the submission is refused with the sentence naming what is
 * missing, who uploads it (the task's own lane or another one) and where, and nothing changes. Row and lane are read
 * from the model, never from what the form sent.
 */
@Component
record RequiredOutputsCheck(RequiredOutputs outputs) implements TaskSubmissionCheck {

  @Override
  public void check(FormCheck check, DelegateTask task) {
    if (!"true".equals(SopStep.properties(task.getBpmnModelElementInstance()).get(SopProperties.OUTPUT_FILES_REQUIRED))) {
      return;
    }
    String row = SopStep.of(task.getBpmnModelElementInstance()).map(SopStep::step).orElseThrow();
    String lane = task.getBpmnModelElementInstance().getCamundaCandidateGroups().strip();
    RequiredOutputs.Check found = outputs.check(Vars.ACTIVITY_NUMBER.require(task), row, lane);
    if (!found.complete()) {
      check.reject(Vars.OUTPUT_CONFIRMED.name(), found.sentence());
    }
  }
}
