package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRegistration: no registration is taken any more; reads activityNumber. */
@Component
record CloseRegistrationDelegate(RegistrationDesk desk) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    desk.close(Vars.ACTIVITY_NUMBER.get(execution));
  }
}
