package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendRegistrationReceipt: the registrant's receipt with their code and cancel link; reads activityNumber, registrationCode. */
@Component
record SendRegistrationReceiptDelegate(ParticipantNotices notices) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notices.receipt(Vars.ACTIVITY_NUMBER.get(execution), Registration.REGISTRATION_CODE.get(execution));
  }
}
