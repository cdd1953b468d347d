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
record RegisterActivityListener(ActivityNumbers numbers, ActivityRepository activities, CalendarProperties calendar) implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String number = numbers.next(now.atZone(calendar.zone()).getYear());
    execution.setProcessBusinessKey(number);
    ACTIVITY_NUMBER.set(execution, number);
    activities.insert(new Activity(number, execution.getProcessInstanceId(),
        AGENDA_NUMBER.require(execution).strip(), LETTER_NUMBER.require(execution).strip(), LETTER_DATE.require(execution),
        SUBJECT.require(execution).strip(), INSTITUTION_NAME.require(execution).strip(), blankToNull(INSTITUTION_ADDRESS.get(execution)),
        CONTACT_NAME.require(execution).strip(), CONTACT_EMAIL.require(execution).strip(), CONTACT_PHONE.require(execution).strip(),
        PROPOSED_START_DATE.require(execution), PROPOSED_END_DATE.require(execution),
        EXPECTED_PARTICIPANTS.require(execution).intValue(), REGISTRAR_ID.get(execution), now, ActivityStatus.REGISTERED));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
