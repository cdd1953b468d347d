package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.notification.StaffDirectory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Tells the requester, the speaker and the lanes concerned that a schedule is confirmed or cancelled: the mails of
 * {@link ScheduleMails}, each with its iCalendar file, each sent at most once.
 */
@Service
record ScheduleNotices(ActivityRepository activities, ScheduleRepository schedule, MailService mail, StaffDirectory staff, OfficeCalendar calendar, MailProperties mailProperties) {

  /** The lanes told of a confirmed schedule: those who prepare it, and the activity's owner. */
  static final List<String> CONFIRMED_TO = List.of(Lanes.ANALIS_KERJASAMA, Lanes.BIDANG_PENGEMBANGAN, Lanes.KASUBAG_UMUM, Lanes.STAF_KEBERSIHAN);
  /**
   * The lanes told of a cancellation; with a booked schedule also those who prepare it and those who run the days
   * (the librarian guides the practice, documentation staff keep the door), so a cancellation on the day reaches them.
   */
  static final List<String> CANCELLED_TO = List.of(Lanes.ANALIS_KERJASAMA, Lanes.BIDANG_PENGEMBANGAN, Lanes.KADIS);
  static final List<String> CANCELLED_TO_WHEN_BOOKED = List.of(Lanes.KASUBAG_UMUM, Lanes.STAF_KEBERSIHAN, Lanes.NARASUMBER,
      Lanes.JF_PUSTAKAWAN, Lanes.STAF_DOKUMENTASI);



  /**
   * The booked schedule of the activity, as invitation revision {@code sequence}; {@code summary} is the form's;
   * {@code preparationRows} the SOP rows of the preparations as the model carries them;
   * {@code registrationUrl} the public registration page the requester passes on to participants (null: none).
   */
  void confirm(String activityNumber, int sequence, String summary, String preparationRows, String registrationUrl) {
    Activity activity = activities.get(activityNumber);
    ActivitySchedule booked = schedule.activitySchedule(activityNumber);
    if (booked.isEmpty()) {
      throw new IllegalStateException("Kegiatan " + activityNumber + " tidak memiliki pemesanan jadwal; periksa ulang langkah koordinasi.");
    }
    String ics = Invitation.render("REQUEST", zone(), booked.events(activity.institutionName(), zone()), sequence, mailProperties.from());
    String prefix = "schedule-confirmation:" + activityNumber + ":" + sequence;
    String tasklist = mailProperties.publicUrl() + "/camunda/app/tasklist/default/";

    mail.sendOnce(ScheduleMails.confirmationToRequester(activity, booked, sequence, ics, calendar, registrationUrl));
    mail.sendOnce(ScheduleMails.confirmationToStaff(prefix + ":speaker", speakerEmails(booked), activity, booked, summary, ics,
        calendar, preparationRows, tasklist, null));
    mail.sendOnce(ScheduleMails.confirmationToStaff(prefix + ":staff", staff.emailsOf(CONFIRMED_TO), activity, booked, summary, ics,
        calendar, preparationRows, tasklist, registrationUrl));
  }

  /** The cancellation, with an iCalendar CANCEL of the {@code cancelled} events when a schedule had been booked. */
  void cancel(String activityNumber, String reason, List<Invitation.Event> cancelled, int sequence) {
    Activity activity = activities.get(activityNumber);
    String ics = cancelled.isEmpty() ? null : Invitation.render("CANCEL", zone(), cancelled, sequence, mailProperties.from());
    List<String> lanes = new ArrayList<>(CANCELLED_TO);
    if (!cancelled.isEmpty()) {
      lanes.addAll(CANCELLED_TO_WHEN_BOOKED);
    }

    mail.sendOnce(ScheduleMails.cancellation("cancellation:" + activityNumber + ":requester", List.of(activity.contactEmail()),
        activity, reason, cancelled, ics, calendar, true));
    mail.sendOnce(ScheduleMails.cancellation("cancellation:" + activityNumber + ":staff", staff.emailsOf(lanes), activity, reason,
        cancelled, ics, calendar, false));
  }

  private List<String> speakerEmails(ActivitySchedule booked) {
    if (booked.speaker() != null && booked.speaker().email() != null && !booked.speaker().email().isBlank()) {
      return List.of(booked.speaker().email());
    }
    return staff.emailsOf(Lanes.NARASUMBER);
  }

  private ZoneId zone() {
    return calendar.properties().zone();
  }
}
