package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.schedule.ScheduleChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyParticipantsOfScheduleChange, one instance per participant: mails the moved session (the admitted with the
 * updated invitation); reads activityNumber, the element variable participantId and, in its sub-process,
 * scheduleChangeSequence, movedSession, movedFrom, movedTo, moveReason, movedBy.
 */
@Component
record NotifyParticipantsOfScheduleChangeDelegate(ParticipantNotices notices) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notices.scheduleChanged(Vars.ACTIVITY_NUMBER.get(execution), Registration.PARTICIPANT_ID.get(execution), ScheduleChange.of(execution));
  }
}
