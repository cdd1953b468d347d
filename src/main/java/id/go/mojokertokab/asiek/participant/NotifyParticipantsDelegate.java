package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyParticipants, one instance per participant: mails the fixed list's outcome (the confirmed with an invitation);
 * reads activityNumber and the element variable participantId.
 */
@Component
record NotifyParticipantsDelegate(ParticipantNotices notices) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notices.listFixed(Vars.ACTIVITY_NUMBER.get(execution), Registration.PARTICIPANT_ID.get(execution));
  }
}
