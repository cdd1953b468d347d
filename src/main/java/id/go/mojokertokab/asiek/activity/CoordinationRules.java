package id.go.mojokertokab.asiek.activity;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.DISPOSITION_CONVEYED_AT;

import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import org.springframework.stereotype.Component;

/** Form_CoordinateWithRequester: the disposition cannot have been conveyed in the future. */
@Component
class CoordinationRules implements FormRules {

  @Override
  public String formId() {
    return Forms.COORDINATE_WITH_REQUESTER;
  }

  @Override
  public void check(FormCheck check) {
    check.requireNotFutureTime(DISPOSITION_CONVEYED_AT);
  }
}
