package id.go.mojokertokab.asiek.form;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Puts what one form needs to show into its task when the task is created (e.g. the options of a select). A Spring
 * bean per form, annotated {@link FormBean}; the parse listener calls it for every task whose formRef is {@link #formId()}.
 */
public interface TaskFormData extends ServesForm {

  void prepare(DelegateTask task);
}
