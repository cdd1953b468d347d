package id.go.mojokertokab.asiek.coordination;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.COORDINATOR_ID;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT_OPTIONS;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_OPTIONS;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_CONFLICT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SPEAKER_OPTIONS;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.Option;
import id.go.mojokertokab.asiek.form.TaskFormData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import id.go.mojokertokab.asiek.schedule.Resource;
import id.go.mojokertokab.asiek.schedule.ResourceKind;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Form_CoordinateWithRequester: the office's active rooms (with seats), speakers and equipment to choose from, as
 * asiek_resource holds them now; a schedule that came back with conflicts goes straight to the analyst who proposed it.
 */
@FormBean(form = Forms.COORDINATE_WITH_REQUESTER)
record CoordinationFormData(ScheduleRepository repository) implements TaskFormData {

  @Override
  public void prepare(DelegateTask task) {
    List<Resource> resources = repository.resources().stream().filter(Resource::active).toList();
    ROOM_OPTIONS.setLocal(task, options(resources, ResourceKind.ROOM,
        room -> room.seats() == null ? room.name() : room.name() + " (" + room.seats() + " orang)"));
    SPEAKER_OPTIONS.setLocal(task, options(resources, ResourceKind.SPEAKER, Resource::name));
    EQUIPMENT_OPTIONS.setLocal(task, options(resources, ResourceKind.EQUIPMENT, Resource::name));
    String analyst = COORDINATOR_ID.get(task);
    if (Boolean.TRUE.equals(SCHEDULE_CONFLICT.get(task)) && analyst != null) {
      task.setAssignee(analyst);
    }
  }

  private static SpinJsonNode options(List<Resource> resources, ResourceKind kind, Function<Resource, String> label) {
    List<Option> options = resources.stream().filter(r -> r.kind() == kind).map(r -> new Option(label.apply(r), r.id())).toList();
    return Spin.JSON(options);
  }
}
