package id.go.mojokertokab.asiek.preparation;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_READY_AT;

import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import org.springframework.stereotype.Component;

/** Form_PrepareRoom: the room was ready at a moment that has passed. The equipment form's rules: EquipmentChecklist. */
@Component
class PrepareRoomRules implements FormRules {

  @Override
  public String formId() {
    return Forms.PREPARE_ROOM;
  }

  @Override
  public void check(FormCheck check) {
    check.requireNotFutureTime(ROOM_READY_AT.name());
  }
}
