package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CANCELLED_SCHEDULE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.INSTITUTION_NAME;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.activity.ActivityStatus;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_ReleaseBookings: frees every booking of the cancelled activity, in the cancellation's transaction, and keeps what
 * was booked for the cancellation mails; reads activityNumber; writes cancelledSchedule and scheduleSequence.
 */
@Component
class ReleaseBookingsDelegate implements JavaDelegate {

  private final ScheduleService schedule;
  private final ActivityRepository activities;
  private final OfficeCalendar calendar;

  ReleaseBookingsDelegate(ScheduleService schedule, ActivityRepository activities, OfficeCalendar calendar) {
    this.schedule = schedule;
    this.activities = activities;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(ACTIVITY_NUMBER);
    ActivitySchedule booked = schedule.scheduleOf(number);
    List<Map<String, String>> events = booked.events((String) execution.getVariable(INSTITUTION_NAME), calendar.properties().zone())
        .stream().map(e -> {
          Map<String, String> event = new LinkedHashMap<>();
          event.put("uid", e.uid());
          event.put("start", e.start().toOffsetDateTime().toString());
          event.put("end", e.end().toOffsetDateTime().toString());
          event.put("summary", e.summary());
          event.put("location", e.location() == null ? "" : e.location());
          return event;
        }).toList();
    schedule.release(number);
    activities.updateStatus(number, ActivityStatus.CANCELLED);
    execution.setVariable(CANCELLED_SCHEDULE, SpinValues.jsonValue(Spin.JSON(events)).create());
    if (!booked.isEmpty()) {
      execution.setVariable(SCHEDULE_SEQUENCE, schedule.nextRevision(number));
    }
  }
}
