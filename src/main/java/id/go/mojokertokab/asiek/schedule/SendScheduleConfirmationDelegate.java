package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SUMMARY;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendScheduleConfirmation: mails the booked schedule and its invitation; reads activityNumber, scheduleSequence,
 * scheduleSummary, registrationUrl.
 */
@Component
class SendScheduleConfirmationDelegate implements JavaDelegate {

  private final ScheduleNotices notices;

  SendScheduleConfirmationDelegate(ScheduleNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.confirm((String) execution.getVariable(ACTIVITY_NUMBER), ((Number) execution.getVariable(SCHEDULE_SEQUENCE)).intValue(),
        (String) execution.getVariable(SCHEDULE_SUMMARY), (String) execution.getVariable(Registration.REGISTRATION_URL));
  }
}
