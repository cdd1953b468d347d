package id.go.mojokertokab.asiek.rescheduling;

import id.go.mojokertokab.asiek.participant.ParticipantNotices;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Rescheduling;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.schedule.ScheduleChange;
import id.go.mojokertokab.asiek.schedule.ScheduleNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendScheduleChange: mails the updated invitation to the requester, the speaker, the lanes and the participants;
 * reads activityNumber and, in its sub-process, scheduleChangeSequence, movedSession, movedFrom, movedTo, moveReason, movedBy.
 */
@Component
record SendScheduleChangeDelegate(ScheduleNotices schedule, ParticipantNotices participants) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String number = Vars.ACTIVITY_NUMBER.get(execution);
    ScheduleChange change = new ScheduleChange(Rescheduling.CHANGE_SEQUENCE.require(execution).intValue(),
        Rescheduling.MOVED_SESSION.get(execution), Rescheduling.MOVED_FROM.get(execution), Rescheduling.MOVED_TO.get(execution),
        Rescheduling.MOVE_REASON.get(execution), Rescheduling.MOVED_BY.get(execution));
    schedule.changed(number, change);
    participants.scheduleChanged(number, change);
  }
}
