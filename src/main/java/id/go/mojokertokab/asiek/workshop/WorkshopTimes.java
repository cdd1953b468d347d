package id.go.mojokertokab.asiek.workshop;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The workshop's timers, read from the bookings as they are when the engine evaluates the timer: when it is created, and
 * again when its due date is recalculated after a session moved ({@code ManagementService#recalculateJobDuedate}). No
 * copied variable: {@code ${workshopTimes.openingAt(execution)}} is the start of the first session,
 * {@code ${workshopTimes.closingAt(execution)}} the end of the last.
 */
@Component
public class WorkshopTimes {

  private final ScheduleRepository schedules;

  WorkshopTimes(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  public Date openingAt(DelegateExecution execution) {
    return Date.from(sessions(execution).stream().map(Session::start).min(Comparator.naturalOrder()).orElseThrow());
  }

  public Date closingAt(DelegateExecution execution) {
    return Date.from(sessions(execution).stream().map(Session::end).max(Comparator.naturalOrder()).orElseThrow());
  }

  private List<Session> sessions(DelegateExecution execution) {
    return sessionsOf(Vars.ACTIVITY_NUMBER.require(execution));
  }

  private List<Session> sessionsOf(String activityNumber) {
    List<Session> sessions = schedules.activitySchedule(activityNumber).sessions();
    if (sessions.isEmpty()) {
      throw new IllegalStateException("Kegiatan " + activityNumber + " tidak memiliki jadwal yang dipesan.");
    }
    return sessions;
  }
}
