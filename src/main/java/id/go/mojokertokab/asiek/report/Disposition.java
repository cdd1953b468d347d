package id.go.mojokertokab.asiek.report;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Decision;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The KADIS's disposition of a request letter.
 *
 * @param forwardedTo the lane's group id the disposition goes to (empty when rejected)
 * @param decidedBy the KADIS's user id
 */
public record Disposition(Decision decision, String instruction, String forwardedTo, String note, String rejectionReason,
    String decidedBy, Instant decidedAt) {

  /** The disposition as the form left it in the process, decided by {@code decidedBy} at {@code decidedAt}. */
  public static Disposition of(VariableScope scope, String decidedBy, Instant decidedAt) {
    return new Disposition(Decision.valueOf(DISPOSITION_DECISION.require(scope)), DISPOSITION_INSTRUCTION.get(scope),
        DISPOSITION_FORWARDED_TO.get(scope), DISPOSITION_NOTE.get(scope), REJECTION_REASON.get(scope), decidedBy, decidedAt);
  }

  public boolean accepted() {
    return decision == Decision.DITERIMA;
  }
}
