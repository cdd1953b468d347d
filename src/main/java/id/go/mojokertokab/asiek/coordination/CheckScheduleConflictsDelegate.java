package id.go.mojokertokab.asiek.coordination;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.COORDINATOR_ID;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.INSTITUTION_NAME;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.OPENING_AT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.REGISTRATION_DEADLINE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_CONFLICT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_CONFLICT_REPORT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_PROPOSAL;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SUMMARY;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.form.FormValues;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ConflictMessages;
import id.go.mojokertokab.asiek.schedule.ReservationService;
import id.go.mojokertokab.asiek.schedule.ScheduleOutcome;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.ScheduleRequest;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task_CheckScheduleConflicts: holds the agreed schedule or reports its conflicts; reads sessions, roomId, speakerId,
 * capacity, equipment, registrationDeadline; writes scheduleConflict, scheduleConflictReport, scheduleProposal,
 * scheduleSummary, openingAt, scheduleSequence, coordinatorId.
 */
@Component
record CheckScheduleConflictsDelegate(ReservationService reservations, ScheduleRepository schedule, OfficeCalendar calendar) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ZoneId zone = calendar.properties().zone();
    FormValues values = new FormValues(execution.getVariables(), zone);
    String number = ACTIVITY_NUMBER.get(execution);
    String institution = INSTITUTION_NAME.get(execution);
    ScheduleRequest request = CoordinationForm.request(values, zone, number, "Pustaka ASIEK " + number + " – " + institution);
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();

    ScheduleOutcome outcome = reservations.reserve(request, user == null ? null : user.getUserId());

    SCHEDULE_CONFLICT.set(execution, !outcome.booked());
    COORDINATOR_ID.set(execution, user == null ? null : user.getUserId());
    if (outcome.booked()) {
      ActivitySchedule booked = schedule.activitySchedule(number);
      SCHEDULE_CONFLICT_REPORT.set(execution, null);
      SCHEDULE_PROPOSAL.set(execution, null);
      OPENING_AT.set(execution, Date.from(booked.sessions().get(0).start()));
      SCHEDULE_SUMMARY.set(execution, ScheduleSummary.of(booked, request.participants(),
          values.date(REGISTRATION_DEADLINE.name()).orElse(null), calendar.format()));
      SCHEDULE_SEQUENCE.set(execution, (long) schedule.nextRevision(number));
    } else {
      ConflictMessages messages = ConflictMessages.markdown(zone);
      SCHEDULE_CONFLICT_REPORT.set(execution, messages.report(outcome.conflicts()));
      SCHEDULE_PROPOSAL.set(execution, messages.proposal(outcome.proposal()));
    }
  }
}
