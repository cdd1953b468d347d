package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Messages;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The events participants' actions raise, handed to the activity's process (the Peserta lane): a registration, a
 * cancellation (with whoever took the freed place), and the analyst closing registration early. Each carries codes
 * only, never personal data, and is raised in the transaction that wrote it, so both happen or neither.
 */
@Component
record ParticipantEvents(RuntimeService runtime) {

  void registered(String activityNumber, String code) {
    runtime.createMessageCorrelation(Messages.PARTICIPANT_REGISTERED).processInstanceBusinessKey(activityNumber)
        .setVariableToTriggeredScope(Registration.REGISTRATION_CODE.name(), code).correlate();
  }

  void cancelled(String activityNumber, String code, String promotedCode) {
    Map<String, Object> payload = new HashMap<>();
    payload.put(Registration.REGISTRATION_CODE.name(), code);
    payload.put(Registration.PROMOTED_CODE.name(), promotedCode);
    runtime.createMessageCorrelation(Messages.PARTICIPANT_CANCELLED).processInstanceBusinessKey(activityNumber)
        .setVariablesToTriggeredScope(payload).correlate();
  }

  /** @return false if the process was not waiting for it yet (its deadline timer then fires at once, see RegistrationDesk) */
  boolean closedEarly(String activityNumber) {
    return !runtime.createMessageCorrelation(Messages.REGISTRATION_CLOSED_EARLY).processInstanceBusinessKey(activityNumber)
        .correlateAllWithResult().isEmpty();
  }
}
