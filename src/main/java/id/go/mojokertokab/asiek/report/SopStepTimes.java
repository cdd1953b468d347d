package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.sop.SopStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * Per SOP task of an activity, the time it took against its waktu: when it started and ended, how long that was, the
 * due date that waktu gave on the office calendar (or that a supervisor set), and whether it was met. From the engine's
 * history and the model version the activity ran on.
 */
@Component
record SopStepTimes(ProcessHistory history, RepositoryService repository, OfficeCalendar calendar) {

  static final java.time.format.DateTimeFormatter SHORT =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", java.util.Locale.forLanguageTag("id-ID"));

  private String shortTime(Instant instant) {
    return SHORT.format(instant.atZone(calendar.properties().zone()));
  }

  record Row(String step, String task, String doneBy, String started, String ended, String took, String waktu, String due,
      String status, boolean late) {}

  List<Row> of(String processInstanceId) {
    Map<String, BpmnModelInstance> models = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (HistoricTaskInstance task : history.tasks(processInstanceId)) {
      BpmnModelInstance model = models.computeIfAbsent(task.getProcessDefinitionId(), repository::getBpmnModelInstance);
      Optional<SopStep> step = SopStep.of((BaseElement) model.getModelElementById(task.getTaskDefinitionKey()));
      Instant start = task.getStartTime().toInstant();
      Instant end = task.getEndTime() == null ? null : task.getEndTime().toInstant();
      Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
      boolean late = due != null && end != null && end.isAfter(due);
      String status;
      if (end == null) {
        status = "belum selesai";
      } else if (due == null) {
        status = "selesai";
      } else if (late) {
        status = "terlambat " + Durations.words(Duration.between(due, end));
      } else {
        status = "tepat waktu";
      }
      if (task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())) {
        status = "dihentikan";
      }
      rows.add(new Row(step.map(SopStep::step).orElse("–"), task.getName(), history.nameOf(task.getAssignee()),
          shortTime(start), end == null ? "–" : shortTime(end),
          end == null ? "–" : Durations.words(Duration.between(start, end)), step.map(SopStep::duration).orElse("–"),
          due == null ? "–" : shortTime(due), status, late));
    }
    return rows;
  }
}
