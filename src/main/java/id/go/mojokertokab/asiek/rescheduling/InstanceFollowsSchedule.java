package id.go.mojokertokab.asiek.rescheduling;

import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.participant.SessionDays.DayChange;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopVars;
import id.go.mojokertokab.asiek.schedule.Session;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The running instance follows its schedule after a session moved: an attendance day that exists as an instance of
 * SubProcess_AttendanceDay takes the moved day (its element variable attendanceDay), a new session day gets an instance
 * of its own, and then every timer job of the instance is evaluated again ({@code recalculateJobDuedate}), whatever
 * its expression reads from the schedule (registration deadline, check-in per day, the opening, tasks due before the
 * opening); a task shows the due date of its timeout timer.
 */
@Component
record InstanceFollowsSchedule(RuntimeService runtime, ManagementService management, TaskService tasks, OfficeCalendar calendar) {

  private static final String MULTI_INSTANCE_BODY = Elements.SUBPROCESS_ATTENDANCE_DAY + "#multiInstanceBody";



  /**
   * A move the instance cannot follow: a session day whose attendance instance exists would lose its only session into
   * a day that has its own instance already (two lists for one day).
   */
  Optional<String> refusal(String processInstanceId, List<Session> before, List<Session> after, ZoneId zone) {
    Set<LocalDate> daysBefore = days(before, zone);
    Set<LocalDate> daysAfter = days(after, zone);
    List<LocalDate> left = daysBefore.stream().filter(d -> !daysAfter.contains(d)).toList();
    boolean added = daysAfter.stream().anyMatch(d -> !daysBefore.contains(d));
    if (left.isEmpty() || added) {
      return Optional.empty();
    }
    return attendanceDay(processInstanceId, left.get(0)).map(instance -> "Sesi ini satu-satunya sesi pada hari "
        + IndonesianDates.day(left.get(0)) + " dan daftar hadir per hari kegiatan sudah disiapkan; pindahkan ke hari yang belum "
        + "memiliki sesi, atau geser jamnya pada hari yang sama.");
  }

  void follow(String processInstanceId, DayChange change) {
    if (change.left() != null && change.added() != null) {
      attendanceDay(processInstanceId, change.left()).ifPresent(variable ->
          runtime.setVariableLocal(variable.getExecutionId(), Registration.ATTENDANCE_DAY.name(),
              Registration.ATTENDANCE_DAY.stored(change.added().toString())));
    } else if (change.added() != null) {
      multiInstanceBody(runtime.getActivityInstance(processInstanceId)).ifPresent(body ->
          runtime.createProcessInstanceModification(processInstanceId)
              .startBeforeActivity(Elements.SUBPROCESS_ATTENDANCE_DAY, body.getId())
              .setVariableLocal(Registration.ATTENDANCE_DAY.name(), Registration.ATTENDANCE_DAY.stored(change.added().toString()))
              .execute());
    }
    recalculateTimers(processInstanceId);
  }

  /** Every timer of the instance evaluated again against the schedule as it now is; tasks show their timeout's date. */
  private void recalculateTimers(String processInstanceId) {
    for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      management.recalculateJobDuedate(timer.getId(), false);
    }
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      Optional<Date> timeout = management.createJobQuery().processInstanceId(processInstanceId).timers()
          .executionId(task.getExecutionId()).activityId(task.getTaskDefinitionKey()).list().stream().map(Job::getDuedate).findFirst();
      if (timeout.isPresent() && !timeout.get().equals(task.getDueDate())) {
        task.setDueDate(timeout.get());
        tasks.saveTask(task);
        tasks.setVariableLocal(task.getId(), SopVars.DUE_DATE.name(), calendar.formatDateTime(timeout.get().toInstant()));
      }
    }
  }

  /** The element variable of the attendance instance of this day, if that instance runs. */
  private Optional<VariableInstance> attendanceDay(String processInstanceId, LocalDate day) {
    return runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).variableName(Registration.ATTENDANCE_DAY.name())
        .list().stream().filter(v -> day.toString().equals(v.getValue())).findFirst();
  }

  private static Optional<ActivityInstance> multiInstanceBody(ActivityInstance instance) {
    if (instance == null) {
      return Optional.empty();
    }
    if (MULTI_INSTANCE_BODY.equals(instance.getActivityId())) {
      return Optional.of(instance);
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      Optional<ActivityInstance> found = multiInstanceBody(child);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Set<LocalDate> days(List<Session> sessions, ZoneId zone) {
    return sessions.stream().map(s -> s.start().atZone(zone).toLocalDate()).collect(Collectors.toSet());
  }
}
