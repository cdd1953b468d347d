package id.go.mojokertokab.asiek.form;

import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.calendar.DateBounds;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a start form or task form when it is submitted (or a task completed through the Java API), inside the engine's
 * transaction: a refusal rolls everything back and reaches Tasklist and REST as HTTP 400 with the Indonesian message.
 * A submission may carry only the fields its form declares: anything else (another activity's number, a task's own
 * list of kelengkapan) is refused, never stored. A refusal is the user's mistake, not an error: it is logged as one line
 * (and the engine's stack trace of it is dropped, see RefusedFormLogFilter).
 */
@Component
public class FormSubmissionGuard {

  static final String MESSAGE_START = "Formulir belum dapat disimpan.";
  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissionGuard.class);

  private final Map<String, FormRules> rulesByForm;
  private final List<TaskSubmissionCheck> taskChecks;
  private final DeployedForms forms;
  private final CalendarProperties calendar;
  private final DateBounds dates;

  FormSubmissionGuard(List<FormRules> rules, List<TaskSubmissionCheck> taskChecks, DeployedForms forms,
      CalendarProperties calendar, DateBounds dates) {
    this.rulesByForm = rules.stream().collect(Collectors.toMap(FormRules::formId, Function.identity()));
    this.taskChecks = List.copyOf(taskChecks);
    this.forms = forms;
    this.calendar = calendar;
    this.dates = dates;
  }

  /** Start listener of every start event: the variables present are exactly what the start form submitted. */
  public void checkStartForm(DelegateExecution execution) {
    if (!(execution.getBpmnModelElementInstance() instanceof StartEvent start) || start.getCamundaFormRef() == null) {
      return;
    }
    FormSchema schema = forms.schema(((ExecutionEntity) execution).getProcessDefinition().getDeploymentId(), start.getCamundaFormRef());
    Set<String> submitted = new TreeSet<>(execution.getVariableNames());
    if (start.getCamundaInitiator() != null) {
      submitted.remove(start.getCamundaInitiator());
    }
    refuseUndeclared(schema, submitted, execution.getCurrentActivityId());
    check(schema, new HashMap<>(execution.getVariables()), null, execution.getCurrentActivityId());
  }

  /** A task form as submitted: the fields sent, before they are stored. */
  public void checkSubmission(DelegateTask task, Collection<String> submittedKeys) {
    forms.of(task).ifPresent(schema -> refuseUndeclared(schema, submittedKeys, task.getTaskDefinitionKey()));
  }

  /** The task's values after a submission (or before a completion through the Java API). */
  public void checkTaskForm(DelegateTask task) {
    forms.of(task).ifPresent(schema -> check(schema, new HashMap<>(task.getVariables()), task, task.getTaskDefinitionKey()));
  }

  private static void refuseUndeclared(FormSchema schema, Collection<String> submitted, String elementId) {
    List<String> unknown = submitted.stream().filter(key -> !schema.submittableKeys().contains(key)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw refused(schema, elementId, new FormFieldValidationException(Map.of(), MESSAGE_START + " Formulir ini tidak memiliki kolom "
          + unknown.stream().map(key -> "\"" + key + "\"").collect(Collectors.joining(", ")) + "."));
    }
  }

  private static FormFieldValidationException refused(FormSchema schema, String elementId, FormFieldValidationException refusal) {
    CommandContext context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    LOG.info("Form {} of {} refused for user {}: {}", schema.id(), elementId, user, refusal.getMessage());
    return refusal;
  }

  private void check(FormSchema schema, Map<String, Object> values, DelegateTask task, String elementId) {
    FormCheck check = new FormCheck(schema, new FormValues(values, calendar.zone()),
        LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone()), dates);
    // The form's own rules first: their messages say more than a pattern mismatch.
    FormRules rules = rulesByForm.get(schema.id());
    if (rules != null) {
      rules.check(check);
    }
    if (task != null) {
      taskChecks.forEach(taskCheck -> taskCheck.check(check, task));
    }
    FormValidator.applyDeclaredRules(check);
    if (!check.messages().isEmpty()) {
      throw refused(schema, elementId, new FormFieldValidationException(check.errors(), MESSAGE_START + " " + String.join(" ", check.messages())));
    }
  }
}
