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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Tells participants what became of their registration, each mail at most once (MailService). Mails are written when
 * they are sent, from the registration as it is then: an erased registration gets none. Mails to all participants are
 * one per job (a multi-instance send task over the recipients' ids): a slow SMTP server never holds a job past its
 * lock, and an address the server refuses holds up nobody else's mail.
 */
@Service
record ParticipantNotices(Registrations registrations, ActivityRepository activities, ScheduleRepository schedule,
    MailService mail, MailProperties mailProperties, OfficeCalendar calendar) {

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

  /** Who hears about the fixed list: every registration that was not erased and was confirmed, not admitted or removed. */
  List<Long> listFixedRecipients(String activityNumber) {
    return registrations.of(activityNumber).stream()
        .filter(p -> !p.erased() && switch (p.status()) {
          case CONFIRMED, NOT_ADMITTED, REMOVED -> true;
          default -> false;
        })
        .map(Participant::id).toList();
  }

  /**
   * After the list is fixed, one participant's mail: the confirmed get the schedule and an invitation, the others why
   * they are not on it. Written from the registration as it is now: erased meanwhile, it gets none.
   */
  void listFixed(String activityNumber, long participantId) {
    Optional<Participant> found = registrations.byId(participantId).filter(p -> p.activityNumber().equals(activityNumber) && !p.erased());
    if (found.isEmpty()) {
      return;
    }
    Participant p = found.get();
    Activity a = activities.get(activityNumber);
    switch (p.status()) {
      case CONFIRMED -> {
        ActivitySchedule booked = schedule.activitySchedule(activityNumber);
        String ics = Invitation.render("REQUEST", calendar.properties().zone(), booked.events(a.institutionName(), calendar.properties().zone()),
            schedule.revision(activityNumber), mailProperties.from());
        OutgoingMail.Attachment invitation = new OutgoingMail.Attachment("undangan-pustaka-asiek.ics",
            "text/calendar; charset=UTF-8; method=REQUEST", ics.getBytes(StandardCharsets.UTF_8));
        String room = booked.room() == null ? "-" : booked.room().name();
        mail.sendOnce(ParticipantMails.confirmed(p, a, sessions(activityNumber), room, ownPage(p), invitation));
      }
      case NOT_ADMITTED -> mail.sendOnce(ParticipantMails.noPlace(p, a));
      case REMOVED -> mail.sendOnce(ParticipantMails.removed(p, a,
          RemovalReason.of(p.removalReason()).map(RemovalReason::label).orElse("-")));
      default -> { }
    }
  }

  /** Who hears that a session moved: every registration still active that was not erased. */
  List<Long> scheduleChangeRecipients(String activityNumber) {
    return registrations.of(activityNumber).stream().filter(p -> !p.erased() && p.status().active()).map(Participant::id).toList();
  }

  /**
   * A session moved, one participant's mail: those admitted (confirmed, walk-ins) get the updated invitation (the same
   * UIDs, {@code change.sequence()}), the waiting the new schedule only. Written from the registration as it is now:
   * erased or cancelled meanwhile, it gets none.
   */
  void scheduleChanged(String activityNumber, long participantId, ScheduleChange change) {
    Optional<Participant> found = registrations.byId(participantId)
        .filter(p -> p.activityNumber().equals(activityNumber) && !p.erased() && p.email() != null && p.status().active());
    if (found.isEmpty()) {
      return;
    }
    Participant p = found.get();
    Activity a = activities.get(activityNumber);
    ActivitySchedule booked = schedule.activitySchedule(activityNumber);
    OutgoingMail.Attachment invitation = null;
    if (p.status().admitted()) {
      String ics = Invitation.render("REQUEST", calendar.properties().zone(), booked.events(a.institutionName(), calendar.properties().zone()),
          change.sequence(), mailProperties.from());
      invitation = new OutgoingMail.Attachment("undangan-pustaka-asiek.ics", "text/calendar; charset=UTF-8; method=REQUEST",
          ics.getBytes(StandardCharsets.UTF_8));
    }
    String room = booked.room() == null ? "-" : booked.room().name();
    mail.sendOnce(ParticipantMails.scheduleChanged(p, a, change, sessions(activityNumber), room, ownPage(p), invitation));
  }

  /** Who hears that the activity is cancelled: every active registration that was not erased. */
  List<Long> cancellationRecipients(String activityNumber) {
    return registrations.of(activityNumber).stream().filter(p -> !p.erased() && p.status().active()).map(Participant::id).toList();
  }

  void activityCancelled(String activityNumber, long participantId, String reason) {
    registrations.byId(participantId).filter(p -> p.activityNumber().equals(activityNumber) && !p.erased() && p.status().active())
        .ifPresent(p -> mail.sendOnce(ParticipantMails.activityCancelled(p, activities.get(activityNumber), reason)));
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
