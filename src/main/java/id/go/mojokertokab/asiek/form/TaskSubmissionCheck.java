package id.go.mojokertokab.asiek.form;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A check that applies to every task form, whatever the form, with the task at hand (e.g. the SOP's kelengkapan
 * confirmed). A Spring bean; {@link FormSubmissionGuard} runs it before the form's declared rules.
 */
public interface TaskSubmissionCheck {

  void check(FormCheck check, DelegateTask task);
}
