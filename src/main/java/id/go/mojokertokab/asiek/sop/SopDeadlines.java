package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopProperties;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * Computes when a task is due from its waktu, and no later than the workshop's opening for tasks marked
 * dueBeforeOpening. The model's timeout listeners call it as
 * {@code ${sopDeadlines.dueDateOf(execution)}} when the task starts; the task's due date is then read from that timer.
 */
@Component("sopDeadlines")
public class SopDeadlines {

  private final OfficeCalendar calendar;

  SopDeadlines(OfficeCalendar calendar) {
    this.calendar = calendar;
  }

  public Date dueDateOf(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    SopStep step = SopStep.of(element).orElseThrow(() -> new IllegalStateException(
        "Element " + (element == null ? execution.getCurrentActivityId() : element.getId()) + " has no sopLangkah/waktu properties"));
    Instant due = dueDate(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), step);
    if ("true".equals(SopStep.properties(element).get(SopProperties.DUE_BEFORE_OPENING))
        && execution.getVariable(Vars.OPENING_AT) instanceof Date opening && opening.toInstant().isBefore(due)) {
      due = opening.toInstant();
    }
    return Date.from(due);
  }

  /**
   * The due date the SOP gives a task: its waktu counted from when the task was created (and no later than the opening
   * for dueBeforeOpening tasks). Empty for a task without mutu baku.
   */
  public java.util.Optional<Instant> sopDueDate(org.camunda.bpm.engine.delegate.DelegateTask task) {
    FlowElement element = task.getBpmnModelElementInstance();
    return SopStep.of(element).map(step -> {
      Instant due = dueDate(task.getCreateTime().toInstant(), step);
      if ("true".equals(SopStep.properties(element).get(SopProperties.DUE_BEFORE_OPENING))
          && task.getVariable(Vars.OPENING_AT) instanceof Date opening && opening.toInstant().isBefore(due)) {
        due = opening.toInstant();
      }
      return due;
    });
  }

  public Instant dueDate(Instant start, SopStep step) {
    return calendar.add(start, step.workingTime());
  }
}
