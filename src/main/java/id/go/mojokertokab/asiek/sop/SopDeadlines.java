package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopProperties;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * Computes when a task is due from its waktu, and no later than the workshop's opening for tasks marked
 * dueBeforeOpening. The model's timeout listeners call it as
 * {@code ${sopDeadlines.dueDateOf(execution)}} when the task starts; the task's due date is then read from that timer.
 * Evaluated again for a task that exists (the timers of an instance are recalculated when a session moves), it gives
 * the same answer unless the opening moved.
 */
@Component("sopDeadlines")
public record SopDeadlines(OfficeCalendar calendar) {

  public Date dueDateOf(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    SopStep step = SopStep.of(element).orElseThrow(() -> new IllegalStateException(
        "Element " + (element == null ? execution.getCurrentActivityId() : element.getId()) + " has no sopLangkah/waktu properties"));
    Optional<DelegateTask> task = existingTask(execution, element);
    if (task.isPresent()) {
      return Date.from(reevaluated(element, execution, step, task.get()));
    }
    return Date.from(capAtOpening(element, execution, dueDate(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), step)));
  }

  /**
   * The due date the SOP gives a task: its waktu counted from when the task was created (and no later than the opening
   * for dueBeforeOpening tasks). Empty for a task without mutu baku.
   */
  public Optional<Instant> sopDueDate(DelegateTask task) {
    FlowElement element = task.getBpmnModelElementInstance();
    return SopStep.of(element).map(step -> capAtOpening(element, task, dueDate(task.getCreateTime().toInstant(), step)));
  }

  /**
   * A task that exists keeps its due date (a supervisor may have moved it), unless it is due before the opening: then
   * its waktu from its creation, or the later date a supervisor set, and no later than the opening as it now is.
   */
  private Instant reevaluated(FlowElement element, VariableScope scope, SopStep step, DelegateTask task) {
    Instant current = task.getDueDate().toInstant();
    if (!dueBeforeOpening(element)) {
      return current;
    }
    Instant bySop = dueDate(task.getCreateTime().toInstant(), step);
    return capAtOpening(element, scope, current.isAfter(bySop) ? current : bySop);
  }

  /** The user task of this element on the timer's execution, once it exists and has its due date. */
  private static Optional<DelegateTask> existingTask(DelegateExecution execution, FlowElement element) {
    if (!(execution instanceof ExecutionEntity entity) || element == null) {
      return Optional.empty();
    }
    return entity.getTasks().stream()
        .filter(task -> element.getId().equals(task.getTaskDefinitionKey()) && task.getDueDate() != null && task.getCreateTime() != null)
        .map(DelegateTask.class::cast).findFirst();
  }

  /** A dueBeforeOpening task is due no later than the opening, once the schedule is booked. */
  private static Instant capAtOpening(FlowElement element, VariableScope scope, Instant due) {
    Date opening = Vars.OPENING_AT.get(scope);
    return dueBeforeOpening(element) && opening != null && opening.toInstant().isBefore(due) ? opening.toInstant() : due;
  }

  private static boolean dueBeforeOpening(FlowElement element) {
    return "true".equals(SopStep.properties(element).get(SopProperties.DUE_BEFORE_OPENING));
  }

  public Instant dueDate(Instant start, SopStep step) {
    return calendar.add(start, step.workingTime());
  }
}
