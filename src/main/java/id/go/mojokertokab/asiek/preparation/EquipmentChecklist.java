package id.go.mojokertokab.asiek.preparation;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.BOOKED_EQUIPMENT_OPTIONS;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT_PREPARED;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.form.Option;
import id.go.mojokertokab.asiek.form.TaskFormData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import id.go.mojokertokab.asiek.schedule.Resource;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;

/**
 * Form_PrepareEquipment's checklist is the equipment booked for the activity: offered with the units booked when the
 * task is created, and on submission every piece ticked and nothing else. The bookings say what was booked, not the
 * options a submission carries.
 */
@FormBean(form = Forms.PREPARE_EQUIPMENT)
record EquipmentChecklist(ScheduleRepository schedule) implements TaskFormData, FormRules {

  @Override
  public void prepare(DelegateTask task) {
    List<Option> options = booked(Optional.ofNullable(ACTIVITY_NUMBER.get(task))).entrySet().stream()
        .map(e -> new Option(e.getKey().name() + " (" + e.getValue() + ")", e.getKey().id()))
        .toList();
    BOOKED_EQUIPMENT_OPTIONS.setLocal(task, Spin.JSON(options));
  }

  @Override
  public void check(FormCheck check) {
    List<Resource> booked = List.copyOf(booked(check.values().string(ACTIVITY_NUMBER.name())).keySet());
    List<String> ticked = check.values().strings(EQUIPMENT_PREPARED.name());
    if (!booked.stream().map(Resource::id).toList().containsAll(ticked)) {
      check.reject(EQUIPMENT_PREPARED.name(), "Kolom " + check.label(EQUIPMENT_PREPARED.name()) + " memuat peralatan yang tidak dipesan untuk kegiatan ini.");
    }
    List<String> missing = booked.stream().filter(r -> !ticked.contains(r.id())).map(Resource::name).toList();
    if (!missing.isEmpty()) {
      check.reject(EQUIPMENT_PREPARED.name(), "Kolom " + check.label(EQUIPMENT_PREPARED.name()) + ": semua peralatan harus disiapkan; belum dicentang: "
          + String.join(", ", missing) + ".");
    }
  }

  /** The equipment the activity holds, with the units booked. */
  private Map<Resource, Integer> booked(Optional<String> activityNumber) {
    return activityNumber.map(number -> schedule.activitySchedule(number).equipment()).orElse(Map.of());
  }
}
