package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CANCELLATION_REASON;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CANCELLED_SCHEDULE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SPEAKER_ID;

import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.form.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyCancellation: mails the cancellation; reads activityNumber, cancellationReason, cancelledSchedule, scheduleSequence, speakerId. */
@Component
record NotifyCancellationDelegate(ScheduleNotices notices, CalendarProperties calendar) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Long sequence = SCHEDULE_SEQUENCE.get(execution);
    notices.cancel(ACTIVITY_NUMBER.get(execution), CANCELLATION_REASON.get(execution),
        new FormValues(execution.getVariables(), calendar.zone()).objects(CANCELLED_SCHEDULE.name()).stream()
            .map(event -> Invitation.Event.fromVariable(event, calendar.zone())).toList(),
        sequence == null ? 1 : sequence.intValue(), SPEAKER_ID.get(execution));
  }
}
