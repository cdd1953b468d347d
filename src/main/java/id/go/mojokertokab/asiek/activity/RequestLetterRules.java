package id.go.mojokertokab.asiek.activity;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;

/** Form_RequestLetter: the phone is Indonesian, the letter is not from the future, the proposed dates lie ahead. */
@FormBean(form = Forms.REQUEST_LETTER)
class RequestLetterRules implements FormRules {

  @Override
  public void check(FormCheck check) {
    check.requireIndonesianPhone(CONTACT_PHONE.name());
    check.requireNotFuture(LETTER_DATE.name());
    check.requireNotPast(PROPOSED_START_DATE.name());
    check.requireNotPast(PROPOSED_END_DATE.name());
    check.requireNotBefore(PROPOSED_END_DATE.name(), PROPOSED_START_DATE.name());
    String participants = EXPECTED_PARTICIPANTS.name();
    check.values().number(participants).filter(n -> n % 1 != 0).ifPresent(n ->
        check.reject(participants, "Kolom " + check.label(participants) + " harus bilangan bulat."));
  }
}
