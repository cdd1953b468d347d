package id.go.mojokertokab.asiek.activity;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.form.FormValues;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * End listener of StartEvent_RequestLetterReceived: gives the activity its number (the business key, activityNumber)
 * and records the request letter in asiek_activity; reads the start form's fields, already checked.
 */
@Component("registerActivityListener")
class RegisterActivityListener implements ExecutionListener {

  private final ActivityNumbers numbers;
  private final ActivityRepository activities;
  private final CalendarProperties calendar;

  RegisterActivityListener(ActivityNumbers numbers, ActivityRepository activities, CalendarProperties calendar) {
    this.numbers = numbers;
    this.activities = activities;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String number = numbers.next(now.atZone(calendar.zone()).getYear());
    execution.setProcessBusinessKey(number);
    execution.setVariable(ACTIVITY_NUMBER, number);
    FormValues form = new FormValues(execution.getVariables(), calendar.zone());
    activities.insert(new Activity(number, execution.getProcessInstanceId(),
        form.string(AGENDA_NUMBER).orElseThrow(), form.string(LETTER_NUMBER).orElseThrow(),
        form.date(LETTER_DATE).orElseThrow(), form.string(SUBJECT).orElseThrow(),
        form.string(INSTITUTION_NAME).orElseThrow(), form.string(INSTITUTION_ADDRESS).orElse(null),
        form.string(CONTACT_NAME).orElseThrow(), form.string(CONTACT_EMAIL).orElseThrow(),
        form.string(CONTACT_PHONE).orElseThrow(), form.date(PROPOSED_START_DATE).orElseThrow(),
        form.date(PROPOSED_END_DATE).orElseThrow(), form.number(EXPECTED_PARTICIPANTS).orElseThrow().intValue(),
        (String) execution.getVariable(REGISTRAR_ID), now, ActivityStatus.REGISTERED));
  }
}
