package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopVars;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * On every user task (added by the parse listener, so the diagram stays clean). Create: copies the mutu baku into
 * task-local variables for the form and sets the due date to the task's timeout. Update: when staff move the due date
 * in Tasklist, the timeout moves with it.
 */
@Component
public class SopTaskListener implements TaskListener {

  private final OfficeCalendar calendar;
  private final SopDeadlines deadlines;

  SopTaskListener(OfficeCalendar calendar, SopDeadlines deadlines) {
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> onCreate(task);
      case EVENTNAME_UPDATE -> onUpdate(task);
      default -> { }
    }
  }

  private void onCreate(DelegateTask task) {
    Optional<SopStep> found = SopStep.of(task.getBpmnModelElementInstance());
    if (found.isEmpty()) {
      return;
    }
    SopStep step = found.get();
    Date due = timeoutTimer(task).map(TimerEntity::getDuedate)
        .orElseGet(() -> Date.from(deadlines.dueDate(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), step)));
    task.setDueDate(due);
    task.setVariableLocal(SopVars.STEP, step.step());
    task.setVariableLocal(SopVars.STEP_NAME, step.stepName());
    task.setVariableLocal(SopVars.REQUIREMENTS, step.requirements());
    task.setVariableLocal(SopVars.DURATION, step.duration());
    task.setVariableLocal(SopVars.OUTPUT, step.output());
    task.setVariableLocal(SopVars.DUE_DATE, calendar.formatDateTime(due.toInstant()));
    // What Tasklist shows of each task in a lane's list (the filters' variables); lanes read their tasks, not the process.
    for (String shown : List.of(Vars.ACTIVITY_NUMBER, Vars.INSTITUTION_NAME)) {
      task.setVariableLocal(shown, task.getVariable(shown));
    }
    List<Map<String, String>> options = step.requirementItems().stream().map(item -> Map.of("label", item, "value", item)).toList();
    task.setVariableLocal(SopVars.REQUIREMENT_OPTIONS, SpinValues.jsonValue(Spin.JSON(options)).create());
    // Local, so that what one task's actor confirms is recorded on that task and never pre-fills the next task's form.
    task.setVariableLocal(Vars.REQUIREMENTS_CONFIRMED, SpinValues.jsonValue("[]").create());
    task.setVariableLocal(Vars.OUTPUT_CONFIRMED, false);
  }

  private void onUpdate(DelegateTask task) {
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    timeoutTimer(task).filter(timer -> !due.equals(timer.getDuedate())).ifPresent(timer -> {
      timer.setDuedate(due);
      task.setVariableLocal(SopVars.DUE_DATE, calendar.formatDateTime(due.toInstant()));
    });
  }

  /** The timer of the task's timeout listener: it lives on the task's own scope execution. */
  static Optional<TimerEntity> timeoutTimer(DelegateTask task) {
    if (!(task.getExecution() instanceof ExecutionEntity execution)) {
      return Optional.empty();
    }
    return execution.getJobs().stream()
        .filter(TimerEntity.class::isInstance)
        .map(TimerEntity.class::cast)
        .filter(timer -> TimerTaskListenerJobHandler.TYPE.equals(timer.getJobHandlerType()))
        .filter(timer -> timer.getJobHandlerConfigurationRaw() != null
            && timer.getJobHandlerConfigurationRaw().startsWith(task.getTaskDefinitionKey() + "$"))
        .findFirst();
  }
}
