package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CANCELLATION_REASON;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CANCELLED_SCHEDULE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.form.FormValues;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.notification.StaffDirectory;
import id.go.mojokertokab.asiek.security.Lanes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyCancellation: tells the requester and every lane concerned that the activity is cancelled, with an
 * iCalendar CANCEL when a schedule had been booked; reads activityNumber, cancellationReason, cancelledSchedule.
 */
@Component
class NotifyCancellationDelegate implements JavaDelegate {

  static final List<String> LANES = List.of(Lanes.ANALIS_KERJASAMA, Lanes.BIDANG_PENGEMBANGAN, Lanes.KADIS);
  static final List<String> LANES_OF_A_BOOKED_SCHEDULE = List.of(Lanes.KASUBAG_UMUM, Lanes.STAF_KEBERSIHAN, Lanes.NARASUMBER);

  private final ActivityRepository activities;
  private final MailService mail;
  private final StaffDirectory staff;
  private final OfficeCalendar calendar;
  private final MailProperties mailProperties;

  NotifyCancellationDelegate(ActivityRepository activities, MailService mail, StaffDirectory staff, OfficeCalendar calendar,
      MailProperties mailProperties) {
    this.activities = activities;
    this.mail = mail;
    this.staff = staff;
    this.calendar = calendar;
    this.mailProperties = mailProperties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(ACTIVITY_NUMBER);
    Activity activity = activities.get(number);
    var zone = calendar.properties().zone();
    List<Invitation.Event> events = new ArrayList<>();
    for (Map<String, Object> e : new FormValues(execution.getVariables(), zone).objects(CANCELLED_SCHEDULE)) {
      events.add(new Invitation.Event((String) e.get("uid"), OffsetDateTime.parse((String) e.get("start")).atZoneSameInstant(zone),
          OffsetDateTime.parse((String) e.get("end")).atZoneSameInstant(zone), (String) e.get("summary"),
          blankToNull((String) e.get("location")), null));
    }
    Object sequence = execution.getVariable(SCHEDULE_SEQUENCE);
    String ics = events.isEmpty() ? null
        : Invitation.render("CANCEL", zone, events, sequence == null ? 1 : ((Number) sequence).intValue(), mailProperties.from());
    String reason = (String) execution.getVariable(CANCELLATION_REASON);

    mail.sendOnce(ScheduleMails.cancellation("cancellation:" + number + ":requester", List.of(activity.contactEmail()),
        activity, reason, events, ics, calendar, true));
    List<String> lanes = new ArrayList<>(LANES);
    if (!events.isEmpty()) {
      lanes.addAll(LANES_OF_A_BOOKED_SCHEDULE);
    }
    mail.sendOnce(ScheduleMails.cancellation("cancellation:" + number + ":staff", staff.emailsOf(lanes), activity, reason,
        events, ics, calendar, false));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
