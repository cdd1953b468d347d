package id.go.mojokertokab.asiek.preparation;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT_PREPARED;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_READY_AT;

import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormField;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import java.util.List;
import org.springframework.stereotype.Component;

/** The preparation forms: every item of the SOP's equipment list ready; the room ready at a moment that has passed. */
final class PreparationRules {

  private PreparationRules() {}

  @Component
  static class PrepareEquipment implements FormRules {

    @Override
    public String formId() {
      return Forms.PREPARE_EQUIPMENT;
    }

    @Override
    public void check(FormCheck check) {
      List<String> all = check.schema().field(EQUIPMENT_PREPARED).map(FormField::values).orElse(List.of());
      List<String> done = check.values().strings(EQUIPMENT_PREPARED);
      List<String> missing = all.stream().filter(item -> !done.contains(item)).toList();
      if (!missing.isEmpty() && !check.values().isBlank(EQUIPMENT_PREPARED)) {
        check.reject(EQUIPMENT_PREPARED, "Kolom " + check.label(EQUIPMENT_PREPARED) + ": semua peralatan harus disiapkan; belum dicentang: "
            + String.join(", ", missing) + ".");
      }
    }
  }

  @Component
  static class PrepareRoom implements FormRules {

    @Override
    public String formId() {
      return Forms.PREPARE_ROOM;
    }

    @Override
    public void check(FormCheck check) {
      check.requireNotFutureTime(ROOM_READY_AT);
    }
  }
}
