package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.Invitation;
import id.go.mojokertokab.asiek.schedule.ScheduleChange;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Tells participants what became of their registration, each mail at most once (MailService). Mails are written when
 * they are sent, from the registration as it is then: an erased registration gets none.
 */
@Service
public class ParticipantNotices {

  private final Registrations registrations;
  private final ActivityRepository activities;
  private final ScheduleRepository schedule;
  private final MailService mail;
  private final MailProperties mailProperties;
  private final OfficeCalendar calendar;

  ParticipantNotices(Registrations registrations, ActivityRepository activities, ScheduleRepository schedule, MailService mail,
      MailProperties mailProperties, OfficeCalendar calendar) {
    this.registrations = registrations;
    this.activities = activities;
    this.schedule = schedule;
    this.mail = mail;
    this.mailProperties = mailProperties;
    this.calendar = calendar;
  }

  void receipt(String activityNumber, String code) {
    participant(activityNumber, code).ifPresent(p -> {
      Activity a = activities.get(activityNumber);
      mail.sendOnce(ParticipantMails.receipt(p, a, registrations.waitingPlace(p), sessions(activityNumber), ownPage(p)));
    });
  }

  void cancelled(String activityNumber, String code, String promotedCode) {
    Activity a = activities.get(activityNumber);
    participant(activityNumber, code).ifPresent(p -> mail.sendOnce(ParticipantMails.cancelled(p, a)));
    if (promotedCode != null) {
      participant(activityNumber, promotedCode).filter(p -> p.status() == ParticipantStatus.CONFIRMED)
          .ifPresent(p -> mail.sendOnce(ParticipantMails.promoted(p, a, sessions(activityNumber), ownPage(p))));
    }
  }

  /** After the list is fixed: the confirmed get the schedule and an invitation, the others why they are not on it. */
  void listFixed(String activityNumber) {
    Activity a = activities.get(activityNumber);
    ActivitySchedule booked = schedule.activitySchedule(activityNumber);
    String ics = Invitation.render("REQUEST", calendar.properties().zone(), booked.events(a.institutionName(), calendar.properties().zone()),
        schedule.revision(activityNumber), mailProperties.from());
    OutgoingMail.Attachment invitation = new OutgoingMail.Attachment("undangan-pustaka-asiek.ics",
        "text/calendar; charset=UTF-8; method=REQUEST", ics.getBytes(StandardCharsets.UTF_8));
    String sessions = sessions(activityNumber);
    String room = booked.room() == null ? "-" : booked.room().name();
    for (Participant p : registrations.of(activityNumber)) {
      if (p.erased()) {
        continue;
      }
      switch (p.status()) {
        case CONFIRMED -> mail.sendOnce(ParticipantMails.confirmed(p, a, sessions, room, ownPage(p), invitation));
        case NOT_ADMITTED -> mail.sendOnce(ParticipantMails.noPlace(p, a));
        case REMOVED -> mail.sendOnce(ParticipantMails.removed(p, a,
            RemovalReason.of(p.removalReason()).map(RemovalReason::label).orElse("-")));
        default -> { }
      }
    }
  }

  /**
   * A session moved: every participant still registered is told; those admitted (confirmed, walk-ins) get the updated
   * invitation (the same UIDs, {@code change.sequence()}), the waiting the new schedule only.
   */
  public void scheduleChanged(String activityNumber, ScheduleChange change) {
    Activity a = activities.get(activityNumber);
    ActivitySchedule booked = schedule.activitySchedule(activityNumber);
    String ics = Invitation.render("REQUEST", calendar.properties().zone(), booked.events(a.institutionName(), calendar.properties().zone()),
        change.sequence(), mailProperties.from());
    OutgoingMail.Attachment invitation = new OutgoingMail.Attachment("undangan-pustaka-asiek.ics",
        "text/calendar; charset=UTF-8; method=REQUEST", ics.getBytes(StandardCharsets.UTF_8));
    String sessions = sessions(activityNumber);
    String room = booked.room() == null ? "-" : booked.room().name();
    for (Participant p : registrations.of(activityNumber)) {
      if (!p.erased() && p.email() != null && p.status().active()) {
        mail.sendOnce(ParticipantMails.scheduleChanged(p, a, change, sessions, room, ownPage(p), p.status().admitted() ? invitation : null));
      }
    }
  }

  void activityCancelled(String activityNumber, String reason) {
    Activity a = activities.get(activityNumber);
    for (Participant p : registrations.of(activityNumber)) {
      if (!p.erased() && p.status().active()) {
        mail.sendOnce(ParticipantMails.activityCancelled(p, a, reason));
      }
    }
  }

  private Optional<Participant> participant(String activityNumber, String code) {
    return registrations.byCode(activityNumber, code).filter(p -> !p.erased() && p.email() != null);
  }

  private String sessions(String activityNumber) {
    return schedule.activitySchedule(activityNumber).sessions().stream()
        .map(s -> "- " + s.type().label() + ": " + calendar.formatPeriod(s.start(), s.end()))
        .collect(Collectors.joining("\n"));
  }

  private String ownPage(Participant p) {
    return mailProperties.publicUrl() + "/daftar/peserta/" + p.secret();
  }
}
