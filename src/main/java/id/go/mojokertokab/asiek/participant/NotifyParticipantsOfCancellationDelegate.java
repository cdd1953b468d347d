package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyParticipantsOfCancellation: tells every registered participant the activity is cancelled; reads activityNumber, cancellationReason. */
@Component
class NotifyParticipantsOfCancellationDelegate implements JavaDelegate {

  private final ParticipantNotices notices;

  NotifyParticipantsOfCancellationDelegate(ParticipantNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.activityCancelled(Vars.ACTIVITY_NUMBER.get(execution), Vars.CANCELLATION_REASON.get(execution));
  }
}
