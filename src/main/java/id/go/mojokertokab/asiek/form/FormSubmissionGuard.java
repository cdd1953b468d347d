package id.go.mojokertokab.asiek.form;

import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopVars;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Checks a start form or task form when it is submitted (or a task completed through the API), inside the engine's
 * transaction: a refusal rolls everything back and reaches Tasklist and REST as HTTP 400 with the Indonesian message.
 */
@Component
public class FormSubmissionGuard {

  static final String MESSAGE_START = "Formulir belum dapat disimpan.";

  private final Map<String, FormRules> rulesByForm;
  private final CalendarProperties calendar;
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  FormSubmissionGuard(List<FormRules> rules, CalendarProperties calendar) {
    this.rulesByForm = rules.stream().collect(Collectors.toMap(FormRules::formId, Function.identity()));
    this.calendar = calendar;
  }

  public void checkStartForm(DelegateExecution execution) {
    if (!(execution.getBpmnModelElementInstance() instanceof StartEvent start) || start.getCamundaFormRef() == null) {
      return;
    }
    String deploymentId = ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
    check(schema(deploymentId, start.getCamundaFormRef()), new HashMap<>(execution.getVariables()), null);
  }

  public void checkTaskForm(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null || userTask.getCamundaFormRef() == null) {
      return;
    }
    String deploymentId = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getDeploymentId();
    check(schema(deploymentId, userTask.getCamundaFormRef()), new HashMap<>(task.getVariables()), task);
  }

  private void check(FormSchema schema, Map<String, Object> submitted, DelegateTask task) {
    FormCheck check = new FormCheck(schema, new FormValues(submitted, calendar.zone()),
        LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone()));
    // The form's own rules first: their messages say more than a pattern mismatch.
    FormRules rules = rulesByForm.get(schema.id());
    if (rules != null) {
      rules.check(check);
    }
    if (task != null) {
      checkRequirementsConfirmed(check);
    }
    FormValidator.applyDeclaredRules(check);
    if (!check.messages().isEmpty()) {
      throw new FormFieldValidationException(check.errors(),
          MESSAGE_START + " " + String.join(" ", check.messages()));
    }
  }

  /** Every kelengkapan item of the task's mutu baku must be confirmed. */
  private static void checkRequirementsConfirmed(FormCheck check) {
    List<String> required = check.values().strings(SopVars.REQUIREMENT_OPTIONS);
    if (required.isEmpty() || check.schema().field(Vars.REQUIREMENTS_CONFIRMED).isEmpty()) {
      return;
    }
    List<String> confirmed = check.values().strings(Vars.REQUIREMENTS_CONFIRMED);
    List<String> missing = required.stream().filter(item -> !confirmed.contains(item)).toList();
    if (!missing.isEmpty()) {
      check.reject(Vars.REQUIREMENTS_CONFIRMED, "Kolom " + check.label(Vars.REQUIREMENTS_CONFIRMED)
          + ": semua kelengkapan harus tersedia; belum dicentang: " + String.join(", ", missing) + ".");
    }
  }

  /** The form as deployed with this process version (formRefBinding="deployment"). */
  FormSchema schema(String deploymentId, String formId) {
    return schemas.computeIfAbsent(deploymentId + "/" + formId, key -> {
      CommandContext context = Context.getCommandContext();
      CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formId);
      if (form == null) {
        throw new IllegalStateException("Form " + formId + " is not part of deployment " + deploymentId);
      }
      ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, form.getResourceName());
      try {
        return FormSchema.parse(new ByteArrayInputStream(resource.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Form " + formId + " of deployment " + deploymentId + " is not valid JSON", e);
      }
    });
  }
}
