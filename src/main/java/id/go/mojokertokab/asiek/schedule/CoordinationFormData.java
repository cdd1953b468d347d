package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.COORDINATOR_ID;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_OPTIONS;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_CONFLICT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SPEAKER_OPTIONS;

import id.go.mojokertokab.asiek.form.TaskFormData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Form_CoordinateWithRequester: the office's active rooms (with seats) and speakers to choose from; a schedule that
 * came back with conflicts goes straight to the analyst who proposed it.
 */
@Component
class CoordinationFormData implements TaskFormData {

  private final ScheduleRepository repository;

  CoordinationFormData(ScheduleRepository repository) {
    this.repository = repository;
  }

  @Override
  public String formId() {
    return Forms.COORDINATE_WITH_REQUESTER;
  }

  @Override
  public void prepare(DelegateTask task) {
    List<Resource> resources = repository.resources().stream().filter(Resource::active).toList();
    task.setVariableLocal(ROOM_OPTIONS, options(resources, ResourceKind.ROOM));
    task.setVariableLocal(SPEAKER_OPTIONS, options(resources, ResourceKind.SPEAKER));
    if (Boolean.TRUE.equals(task.getVariable(SCHEDULE_CONFLICT)) && task.getVariable(COORDINATOR_ID) instanceof String analyst) {
      task.setAssignee(analyst);
    }
  }

  private static Object options(List<Resource> resources, ResourceKind kind) {
    List<Map<String, String>> options = resources.stream().filter(r -> r.kind() == kind)
        .map(r -> Map.of("label", r.seats() == null ? r.name() : r.name() + " (" + r.seats() + " orang)", "value", r.id()))
        .toList();
    return SpinValues.jsonValue(Spin.JSON(options)).create();
  }
}
