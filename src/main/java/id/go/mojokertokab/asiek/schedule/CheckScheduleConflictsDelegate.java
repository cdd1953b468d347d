package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.form.FormValues;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task_CheckScheduleConflicts: checks the agreed schedule and holds its bookings in this transaction; reads sessions,
 * roomId, speakerId, capacity, equipment, registrationDeadline; writes scheduleConflict, scheduleConflictReport,
 * scheduleProposal, scheduleSummary, openingAt, scheduleSequence, coordinatorId.
 */
@Component
class CheckScheduleConflictsDelegate implements JavaDelegate {

  private final ScheduleService schedule;
  private final OfficeCalendar calendar;

  CheckScheduleConflictsDelegate(ScheduleService schedule, OfficeCalendar calendar) {
    this.schedule = schedule;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var zone = calendar.properties().zone();
    FormValues values = new FormValues(execution.getVariables(), zone);
    String number = (String) execution.getVariable(ACTIVITY_NUMBER);
    String institution = (String) execution.getVariable(INSTITUTION_NAME);
    ScheduleRequest request = ScheduleForm.request(values, zone, number, "Pustaka ASIEK " + number + " – " + institution);
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();

    ScheduleOutcome outcome = schedule.reserve(request, user == null ? null : user.getUserId());

    execution.setVariable(SCHEDULE_CONFLICT, !outcome.booked());
    execution.setVariable(COORDINATOR_ID, user == null ? null : user.getUserId());
    if (outcome.booked()) {
      ActivitySchedule booked = schedule.scheduleOf(number);
      execution.setVariable(SCHEDULE_CONFLICT_REPORT, null);
      execution.setVariable(SCHEDULE_PROPOSAL, null);
      execution.setVariable(OPENING_AT, Date.from(booked.sessions().get(0).start()));
      execution.setVariable(SCHEDULE_SUMMARY, ScheduleTexts.summary(booked.sessions(), booked.room(), booked.speaker(),
          booked.equipment(), request.participants(), values.date(REGISTRATION_DEADLINE).orElse(null), calendar));
      execution.setVariable(SCHEDULE_SEQUENCE, schedule.nextRevision(number));
    } else {
      execution.setVariable(SCHEDULE_CONFLICT_REPORT, ScheduleTexts.conflictReport(outcome.conflicts()));
      execution.setVariable(SCHEDULE_PROPOSAL, ScheduleTexts.proposal(outcome.proposal(), calendar));
    }
  }
}
