package id.go.mojokertokab.asiek.report;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Decision;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** What the engine's history holds of an activity's process: the variables its forms left, its tasks, who did them. */
@Component
public record ProcessHistory(HistoryService history, IdentityService identity) {

  /** The latest value of each process-level variable (task-local ones are left out). */
  public Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .disableCustomObjectDeserialization().list()) {
      if (variable.getTaskId() == null) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  /** Every user task of the process, in the order they were created. */
  public List<HistoricTaskInstance> tasks(String processInstanceId) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime()
        .asc().list();
  }

  /** The KADIS's disposition, once the disposition task has been completed. */
  public Optional<Disposition> disposition(String processInstanceId) {
    Optional<HistoricTaskInstance> task = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(Elements.TASK_DISPOSE_REQUEST).finished().orderByHistoricTaskInstanceEndTime().desc().list().stream().findFirst();
    Map<String, Object> values = variables(processInstanceId);
    if (task.isEmpty() || !(values.get(DISPOSITION_DECISION.name()) instanceof String decision)) {
      return Optional.empty();
    }
    return Optional.of(new Disposition(Decision.valueOf(decision), text(values, DISPOSITION_INSTRUCTION.name()),
        text(values, DISPOSITION_FORWARDED_TO.name()), text(values, DISPOSITION_NOTE.name()), text(values, REJECTION_REASON.name()),
        task.get().getAssignee(), task.get().getEndTime().toInstant()));
  }

  /**
   * Who completed the latest finished task of this element: its assignee, or, for a task completed without being
   * claimed, the user the engine recorded completing it.
   */
  public Optional<String> completedBy(String processInstanceId, String taskKey) {
    Optional<HistoricTaskInstance> task = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().list().stream().findFirst();
    if (task.isEmpty()) {
      return Optional.empty();
    }
    if (task.get().getAssignee() != null) {
      return Optional.of(task.get().getAssignee());
    }
    return history.createUserOperationLogQuery().taskId(task.get().getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .list().stream().map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull).findFirst();
  }

  /** "Dr. Hj. Sri Wahyuni" from Camunda's user, or the id when the user has no name. */
  public String nameOf(String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  static String text(Map<String, Object> values, String name) {
    return values.get(name) instanceof String text && !text.isBlank() ? text.strip() : null;
  }
}
