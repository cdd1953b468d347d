package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.form.FormValues;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task_RecordParticipantList: fixes the list as the librarian decided; reads activityNumber, participantRemovals
 * ({registrationCode, removalReason} items).
 */
@Component
record RecordParticipantListDelegate(RegistrationDesk desk) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    desk.fixList(Vars.ACTIVITY_NUMBER.get(execution), removals(new FormValues(execution.getVariables(), ZoneId.of("UTC"))),
        user == null || user.getUserId() == null ? "JF Pustakawan" : user.getUserId());
  }

  static List<RegistrationDesk.Removal> removals(FormValues values) {
    return values.objects(Registration.PARTICIPANT_REMOVALS.name()).stream()
        .filter(item -> item.get(Registration.REGISTRATION_CODE.name()) != null && !item.get(Registration.REGISTRATION_CODE.name()).toString().isBlank())
        .map(item -> new RegistrationDesk.Removal(item.get(Registration.REGISTRATION_CODE.name()).toString(),
            RemovalReason.of(item.get(Registration.REMOVAL_REASON)).orElseThrow()))
        .toList();
  }
}
