package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.process.ProcessVariable;
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
import org.springframework.stereotype.Component;

/**
 * On every user task (added by the parse listener, so the diagram stays clean). Create: sets the due date to the task's
 * timeout and copies onto the task what a lane's list shows, which a lane reads from its tasks, not from the process (the
 * mutu baku is read from the model whenever the form loads, MutuBakuFormFields; the confirmations start unticked there,
 * TaskConfirmations). Update: when staff move the due date in Tasklist, the timeout moves with it.
 */
@Component
public record SopTaskListener(SopDeadlines deadlines) implements TaskListener {

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
    // What Tasklist shows of each task in a lane's list (the filters' variables); lanes read their tasks, not the process.
    for (ProcessVariable<String> shown : List.of(Vars.ACTIVITY_NUMBER, Vars.INSTITUTION_NAME)) {
      shown.setLocal(task, shown.get(task));
    }
  }

  private void onUpdate(DelegateTask task) {
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    timeoutTimer(task).filter(timer -> !due.equals(timer.getDuedate())).ifPresent(timer -> timer.setDuedate(due));
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
