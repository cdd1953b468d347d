package id.go.mojokertokab.asiek.coordination;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.COORDINATOR_ID;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_OPTIONS;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_CONFLICT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SPEAKER_OPTIONS;

import id.go.mojokertokab.asiek.form.TaskFormData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import id.go.mojokertokab.asiek.schedule.Resource;
import id.go.mojokertokab.asiek.schedule.ResourceKind;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Form_CoordinateWithRequester: the office's active rooms (with seats), speakers and equipment to choose from, as
 * asiek_resource holds them now; a schedule that came back with conflicts goes straight to the analyst who proposed it.
 */
@Component
class CoordinationFormData implements TaskFormData {

  /**
   * Task-local: the options of the equipment select in the dynamic list "equipment" (valuesKey of
   * Field_EquipmentResourceId). Belongs in PustakaAsiekProcess.Vars once the process package takes it.
   */
  static final String EQUIPMENT_OPTIONS = "equipmentOptions";

  /** One option of a select, as form-js reads it. */
  record Option(String label, String value) {}

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
    task.setVariableLocal(ROOM_OPTIONS, options(resources, ResourceKind.ROOM,
        room -> room.seats() == null ? room.name() : room.name() + " (" + room.seats() + " orang)"));
    task.setVariableLocal(SPEAKER_OPTIONS, options(resources, ResourceKind.SPEAKER, Resource::name));
    task.setVariableLocal(EQUIPMENT_OPTIONS, options(resources, ResourceKind.EQUIPMENT, Resource::name));
    if (Boolean.TRUE.equals(task.getVariable(SCHEDULE_CONFLICT)) && task.getVariable(COORDINATOR_ID) instanceof String analyst) {
      task.setAssignee(analyst);
    }
  }

  private static Object options(List<Resource> resources, ResourceKind kind, Function<Resource, String> label) {
    List<Option> options = resources.stream().filter(r -> r.kind() == kind).map(r -> new Option(label.apply(r), r.id())).toList();
    return SpinValues.jsonValue(Spin.JSON(options)).create();
  }
}
