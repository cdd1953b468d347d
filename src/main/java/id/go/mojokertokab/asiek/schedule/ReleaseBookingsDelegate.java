package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CANCELLED_SCHEDULE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.INSTITUTION_NAME;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.activity.ActivityStatus;
import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Task_ReleaseBookings: frees the activity's bookings; reads activityNumber, institutionName; writes cancelledSchedule, scheduleSequence. */
@Component
record ReleaseBookingsDelegate(ScheduleRepository schedule, ActivityRepository activities, CalendarProperties calendar) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String number = ACTIVITY_NUMBER.get(execution);
    ActivitySchedule booked = schedule.activitySchedule(number);
    var events = booked.events(INSTITUTION_NAME.get(execution), calendar.zone()).stream()
        .map(Invitation.Event::asVariable).toList();
    schedule.deleteBookingsOf(number);
    activities.updateStatus(number, ActivityStatus.CANCELLED);
    CANCELLED_SCHEDULE.set(execution, Spin.JSON(events));
    if (!booked.isEmpty()) {
      SCHEDULE_SEQUENCE.set(execution, (long) schedule.nextRevision(number));
    }
  }
}
