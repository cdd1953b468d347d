package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopProperties;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * Computes when a task is due from its waktu, and no later than the workshop's opening for tasks marked
 * dueBeforeOpening. The model's timeout listeners call it as
 * {@code ${sopDeadlines.dueDateOf(execution)}} when the task starts; the task's due date is then read from that timer.
 */
@Component("sopDeadlines")
public record SopDeadlines(OfficeCalendar calendar) {

  public Date dueDateOf(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    SopStep step = SopStep.of(element).orElseThrow(() -> new IllegalStateException(
        "Element " + (element == null ? execution.getCurrentActivityId() : element.getId()) + " has no sopLangkah/waktu properties"));
    return Date.from(capAtOpening(element, execution, dueDate(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), step)));
  }

  /**
   * The due date the SOP gives a task: its waktu counted from when the task was created (and no later than the opening
   * for dueBeforeOpening tasks). Empty for a task without mutu baku.
   */
  public java.util.Optional<Instant> sopDueDate(org.camunda.bpm.engine.delegate.DelegateTask task) {
    FlowElement element = task.getBpmnModelElementInstance();
    return SopStep.of(element).map(step -> capAtOpening(element, task, dueDate(task.getCreateTime().toInstant(), step)));
  }

  /** A dueBeforeOpening task is due no later than the opening, once the schedule is booked. */
  private static Instant capAtOpening(FlowElement element, VariableScope scope, Instant due) {
    Date opening = Vars.OPENING_AT.get(scope);
    boolean beforeOpening = "true".equals(SopStep.properties(element).get(SopProperties.DUE_BEFORE_OPENING));
    return beforeOpening && opening != null && opening.toInstant().isBefore(due) ? opening.toInstant() : due;
  }

  public Instant dueDate(Instant start, SopStep step) {
    return calendar.add(start, step.workingTime());
  }
}
