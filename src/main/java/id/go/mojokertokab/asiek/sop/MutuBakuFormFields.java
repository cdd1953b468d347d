package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.form.Option;
import id.go.mojokertokab.asiek.process.ProcessVariable;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopVars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.TaskFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A task's mutu baku (SOP row, its name, kelengkapan and their checklist options, waktu, output) and its due date as the
 * office writes it, handed to its form each time the form's variables are loaded: read from the model and the task,
 * never stored. The engine puts a form's fields into the form variables before the task's own variables, so Tasklist
 * shows them as before; they cost no variable rows, history or deletes (seven per task, docs/BENCHMARKS.md).
 */
record MutuBakuFormFields(TaskFormHandler delegate, OfficeCalendar calendar) implements TaskFormHandler {

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData form = delegate.createTaskForm(task);
    Optional<SopStep> found = SopStep.of(task.getBpmnModelElementInstance());
    if (found.isEmpty() || !(form instanceof TaskFormDataImpl data)) {
      return form;
    }
    SopStep step = found.get();
    List<FormField> fields = new ArrayList<>(data.getFormFields() == null ? List.of() : data.getFormFields());
    add(fields, SopVars.STEP, Variables.stringValue(step.step()));
    add(fields, SopVars.STEP_NAME, Variables.stringValue(step.stepName()));
    add(fields, SopVars.REQUIREMENTS, Variables.stringValue(step.requirements()));
    add(fields, SopVars.DURATION, Variables.stringValue(step.duration()));
    add(fields, SopVars.OUTPUT, Variables.stringValue(step.output()));
    add(fields, SopVars.DUE_DATE, Variables.stringValue(task.getDueDate() == null ? null : calendar.formatDateTime(task.getDueDate().toInstant())));
    String options = Spin.JSON(step.requirementItems().stream().map(item -> new Option(item, item)).toList()).toString();
    add(fields, SopVars.REQUIREMENT_OPTIONS, SpinValues.jsonValue(options).create());
    data.setFormFields(fields);
    return data;
  }

  static void add(List<FormField> fields, ProcessVariable<?> variable, TypedValue value) {
    FormFieldImpl field = new FormFieldImpl();
    field.setId(variable.name());
    field.setValue(value);
    fields.add(field);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition,
      BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    delegate.submitFormVariables(properties, variableScope);
  }
}
