package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SEQUENCE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SUMMARY;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.notification.StaffDirectory;
import id.go.mojokertokab.asiek.security.Lanes;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendScheduleConfirmation: mails the booked schedule with its iCalendar invitation to the requester, the speaker
 * and the lanes that prepare it; reads activityNumber, scheduleSequence, scheduleSummary.
 */
@Component
class SendScheduleConfirmationDelegate implements JavaDelegate {

  /** The lanes told of a confirmed schedule: those who prepare it, and the activity's owner. */
  static final List<String> STAFF_LANES = List.of(Lanes.ANALIS_KERJASAMA, Lanes.BIDANG_PENGEMBANGAN, Lanes.KASUBAG_UMUM, Lanes.STAF_KEBERSIHAN);

  private final ActivityRepository activities;
  private final ScheduleService schedule;
  private final MailService mail;
  private final StaffDirectory staff;
  private final OfficeCalendar calendar;
  private final MailProperties mailProperties;

  SendScheduleConfirmationDelegate(ActivityRepository activities, ScheduleService schedule, MailService mail,
      StaffDirectory staff, OfficeCalendar calendar, MailProperties mailProperties) {
    this.activities = activities;
    this.schedule = schedule;
    this.mail = mail;
    this.staff = staff;
    this.calendar = calendar;
    this.mailProperties = mailProperties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(ACTIVITY_NUMBER);
    int sequence = ((Number) execution.getVariable(SCHEDULE_SEQUENCE)).intValue();
    Activity activity = activities.get(number);
    ActivitySchedule booked = schedule.scheduleOf(number);
    if (booked.isEmpty()) {
      throw new IllegalStateException("Kegiatan " + number + " tidak memiliki pemesanan jadwal; periksa ulang langkah koordinasi.");
    }
    String ics = Invitation.render("REQUEST", calendar.properties().zone(), booked.events(activity.institutionName(), calendar.properties().zone()),
        sequence, mailProperties.from());
    String prefix = "schedule-confirmation:" + number + ":" + sequence;

    mail.sendOnce(ScheduleMails.confirmationToRequester(activity, booked, sequence, ics, calendar));
    mail.sendOnce(ScheduleMails.confirmationToStaff(prefix + ":speaker", speakerEmails(booked), activity, booked,
        (String) execution.getVariable(SCHEDULE_SUMMARY), ics, calendar, tasklistUrl()));
    mail.sendOnce(ScheduleMails.confirmationToStaff(prefix + ":staff", staff.emailsOf(STAFF_LANES), activity, booked,
        (String) execution.getVariable(SCHEDULE_SUMMARY), ics, calendar, tasklistUrl()));
  }

  private List<String> speakerEmails(ActivitySchedule booked) {
    if (booked.speaker() != null && booked.speaker().email() != null && !booked.speaker().email().isBlank()) {
      return List.of(booked.speaker().email());
    }
    return staff.emailsOf(Lanes.NARASUMBER);
  }

  private String tasklistUrl() {
    return mailProperties.publicUrl() + "/camunda/app/tasklist/default/";
  }
}
