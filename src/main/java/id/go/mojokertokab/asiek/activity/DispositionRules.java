package id.go.mojokertokab.asiek.activity;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.form.FormValidator;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Decision;
import java.util.Arrays;
import java.util.Optional;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import java.util.List;

/**
 * Form_Disposition: accepted needs an instruction, a recipient and the handed-over output; rejected needs the reason
 * that the letter to the requester quotes.
 */
@FormBean(form = Forms.DISPOSITION)
class DispositionRules implements FormRules {

  @Override
  public void check(FormCheck check) {
    Optional<Decision> decision = check.values().string(DISPOSITION_DECISION.name())
        .flatMap(value -> Arrays.stream(Decision.values()).filter(d -> d.name().equals(value)).findFirst());
    List<String> shown = decision.map(d -> switch (d) {
      case DITERIMA -> List.of(DISPOSITION_INSTRUCTION.name(), DISPOSITION_FORWARDED_TO.name(), OUTPUT_CONFIRMED.name());
      case DITOLAK -> List.of(REJECTION_REASON.name());
    }).orElse(List.of());
    for (String key : shown) {
      if (OUTPUT_CONFIRMED.name().equals(key)) {
        check.requireTrue(key);
      } else {
        check.require(key);
      }
      check.schema().field(key).ifPresent(field -> FormValidator.applyDeclaredRules(check, field));
    }
  }
}
