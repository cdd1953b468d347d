package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyParticipantsOfCancellation, one instance per participant: tells them the activity is cancelled; reads
 * activityNumber, cancellationReason and the element variable participantId.
 */
@Component
record NotifyParticipantsOfCancellationDelegate(ParticipantNotices notices) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notices.activityCancelled(Vars.ACTIVITY_NUMBER.get(execution), Registration.PARTICIPANT_ID.get(execution),
        Vars.CANCELLATION_REASON.get(execution));
  }
}
