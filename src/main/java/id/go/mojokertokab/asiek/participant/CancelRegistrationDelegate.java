package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelRegistration: the activity is cancelled, so is its registration (if it had opened); reads activityNumber. */
@Component
record CancelRegistrationDelegate(RegistrationDesk desk) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    desk.cancelActivity(Vars.ACTIVITY_NUMBER.get(execution));
  }
}
