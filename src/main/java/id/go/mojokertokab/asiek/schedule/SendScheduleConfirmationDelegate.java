package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SUMMARY;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.sop.SopStep;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendScheduleConfirmation: mails the booked schedule and its invitation; reads activityNumber, scheduleSequence,
 * scheduleSummary, registrationUrl.
 */
@Component
record SendScheduleConfirmationDelegate(ScheduleNotices notices) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    notices.confirm(ACTIVITY_NUMBER.get(execution), SCHEDULE_SEQUENCE.require(execution).intValue(),
        SCHEDULE_SUMMARY.get(execution), SopStep.rows(SopStep.of(execution.getBpmnModelInstance(),
            Elements.TASK_PREPARE_EQUIPMENT, Elements.TASK_PREPARE_ROOM, Elements.TASK_CONFIRM_SPEAKER_MATERIAL)),
        Registration.REGISTRATION_URL.get(execution));
  }
}
