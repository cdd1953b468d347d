package id.go.mojokertokab.asiek.preparation;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_READY_AT;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;

/** Form_PrepareRoom: the room was ready at a moment that has passed. The equipment form's rules: EquipmentChecklist. */
@FormBean(form = Forms.PREPARE_ROOM)
class PrepareRoomRules implements FormRules {

  @Override
  public void check(FormCheck check) {
    check.requireNotFutureTime(ROOM_READY_AT.name());
  }
}
