package id.go.mojokertokab.asiek.rescheduling;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.schedule.ScheduleChange;
import id.go.mojokertokab.asiek.schedule.ScheduleNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendScheduleChange: mails the updated invitation to the requester, the speaker and the lanes (the participants
 * get theirs one job each, Task_NotifyParticipantsOfScheduleChange); reads activityNumber and, in its sub-process,
 * scheduleChangeSequence, movedSession, movedFrom, movedTo, moveReason, movedBy.
 */
@Component
record SendScheduleChangeDelegate(ScheduleNotices schedule) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    schedule.changed(Vars.ACTIVITY_NUMBER.get(execution), ScheduleChange.of(execution));
  }
}
