package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.form.DeployedForms;
import id.go.mojokertokab.asiek.form.FormSchema;
import id.go.mojokertokab.asiek.process.ProcessVariable;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.TaskFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What a task's actor confirms (the kelengkapan ticked, the output delivered) belongs to that task: its form loads them
 * unticked, whatever an earlier task recorded, and a submission stores them on the task, never on the activity, so they
 * never pre-fill the next task's form. Nothing is stored when the task is created (it used to be two variables per task
 * written, then overwritten and deleted, docs/BENCHMARKS.md). Sits inside the form check: the check has refused a key
 * the form does not declare before this stores anything, and reads the stored values after.
 */
record TaskConfirmations(TaskFormHandler delegate, DeployedForms forms) implements TaskFormHandler {

  private static final Map<ProcessVariable<?>, Supplier<TypedValue>> UNCONFIRMED = Map.of(
      Vars.REQUIREMENTS_CONFIRMED, () -> SpinValues.jsonValue("[]").create(),
      Vars.OUTPUT_CONFIRMED, () -> Variables.booleanValue(false));

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData form = delegate.createTaskForm(task);
    if (SopStep.of(task.getBpmnModelElementInstance()).isEmpty() || !(form instanceof TaskFormDataImpl data)) {
      return form;
    }
    List<FormField> fields = new ArrayList<>(data.getFormFields() == null ? List.of() : data.getFormFields());
    UNCONFIRMED.forEach((variable, unconfirmed) -> MutuBakuFormFields.add(fields, variable, unconfirmed.get()));
    data.setFormFields(fields);
    return data;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    Set<String> stored = new HashSet<>();
    if (variableScope instanceof DelegateTask task && SopStep.of(task.getBpmnModelElementInstance()).isPresent()) {
      Optional<FormSchema> schema = forms.of(task);
      UNCONFIRMED.forEach((variable, unconfirmed) -> {
        String name = variable.name();
        if (properties.containsKey(name)) {
          task.setVariableLocal(name, properties.getValueTyped(name));
          stored.add(name);
        } else if (schema.flatMap(form -> form.field(name)).isPresent()) {
          task.setVariableLocal(name, unconfirmed.get());
        }
      });
    }
    VariableMap others = Variables.createVariables();
    properties.keySet().stream().filter(name -> !stored.contains(name)).forEach(name -> others.putValueTyped(name, properties.getValueTyped(name)));
    delegate.submitFormVariables(others, variableScope);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition,
      BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }
}
