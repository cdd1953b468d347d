package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyRegistrationCancelled: confirms a participant's cancellation and tells whoever took the place; reads
 * activityNumber, registrationCode, promotedCode.
 */
@Component
record NotifyRegistrationCancelledDelegate(ParticipantNotices notices) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notices.cancelled(Vars.ACTIVITY_NUMBER.get(execution), Registration.REGISTRATION_CODE.get(execution),
        Registration.PROMOTED_CODE.get(execution));
  }
}
