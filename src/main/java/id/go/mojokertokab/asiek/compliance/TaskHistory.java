package id.go.mojokertokab.asiek.compliance;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.sop.SopStep;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The user tasks of the engine's history and runtime, read with two narrow statements on Camunda's tables (an index on
 * the end time serves the period); each task's SOP row, lane and waktu come from the model of its own process version.
 */
@Repository
class TaskHistory {

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final Map<String, Map<String, Step>> stepsByDefinition = new ConcurrentHashMap<>();

  TaskHistory(JdbcTemplate jdbc, RepositoryService repository) {
    this.jdbc = jdbc;
    this.repository = repository;
  }

  /** A user task of the model with its mutu baku: what the report needs of it. */
  record Step(String sopRow, String lane, String name, String waktu) {}

  /** Tasks completed in [from, until), and the tasks open now. */
  List<TaskTime> tasks(Instant from, Instant until) {
    List<TaskTime> tasks = new ArrayList<>();
    jdbc.query("""
        select TASK_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_ from ACT_HI_TASKINST
        where END_TIME_ >= ? and END_TIME_ < ? and PROC_DEF_KEY_ = ? and DELETE_REASON_ = 'completed'""",
        rs -> {
          Instant created = instant(rs.getTimestamp(3));
          Instant completed = instant(rs.getTimestamp(4));
          step(rs.getString(2), rs.getString(1)).ifPresent(step -> tasks.add(
              new TaskTime(step.sopRow(), step.lane(), step.name(), step.waktu(), created, completed)));
        }, Timestamp.from(from), Timestamp.from(until), PustakaAsiekProcess.KEY);
    jdbc.query("""
        select t.TASK_DEF_KEY_, t.PROC_DEF_ID_, t.CREATE_TIME_ from ACT_RU_TASK t
        join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = ?""",
        rs -> {
          Instant created = instant(rs.getTimestamp(3));
          step(rs.getString(2), rs.getString(1)).ifPresent(step -> tasks.add(
              new TaskTime(step.sopRow(), step.lane(), step.name(), step.waktu(), created, null)));
        }, PustakaAsiekProcess.KEY);
    return tasks;
  }

  private Optional<Step> step(String definitionId, String taskKey) {
    return Optional.ofNullable(stepsByDefinition.computeIfAbsent(definitionId, this::steps).get(taskKey));
  }

  private Map<String, Step> steps(String definitionId) {
    Map<String, Step> steps = new ConcurrentHashMap<>();
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      SopStep.of(task).ifPresent(sop -> steps.put(task.getId(), new Step(sop.step(), task.getCamundaCandidateGroups(),
          task.getName() == null ? task.getId() : task.getName(), sop.duration())));
    }
    return steps;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
