package id.go.mojokertokab.asiek.form;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Checks a submitted task form right after its values are set and before the task completes. The engine wraps what a
 * task listener throws into a generic error (HTTP 500); thrown here, the refusal reaches Tasklist as HTTP 400 with the
 * Indonesian message.
 */
public final class ValidatingTaskFormHandler implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final FormSubmissionGuard guard;

  public ValidatingTaskFormHandler(TaskFormHandler delegate, FormSubmissionGuard guard) {
    this.delegate = delegate;
    this.guard = guard;
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return delegate.createTaskForm(task);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    guard.checkSubmission((DelegateTask) variableScope, properties.keySet());
    delegate.submitFormVariables(properties, variableScope);
    guard.checkTaskForm((DelegateTask) variableScope);
  }
}
