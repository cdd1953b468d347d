package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.schedule.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of registration for one activity: places and the waiting list, one registration per phone number,
 * cancellation with promotion of the first waiting, closing, and the librarian's final list. Every change of one
 * activity's registrations runs under the lock of its registration window, so that whatever arrives at the same moment,
 * no more participants are confirmed than there are places.
 */
@Service
public record RegistrationDesk(Registrations registrations, Attendances attendances, ParticipantEvents events,
    ConsentText consent, ParticipantProperties properties, Clock clock, TransactionTemplate transaction) {

  static final String DUPLICATE_PHONE = "Nomor telepon ini sudah terdaftar untuk kegiatan ini; satu nomor hanya dapat mendaftar sekali. "
      + "Untuk membatalkan, buka tautan di e-mail pendaftaran Anda.";
  private static final int ATTEMPTS = 3;

  /**
   * Opens registration when the schedule is booked: a new link, {@code capacity} places, closing at the end of the
   * deadline day, and one attendance day per session day. Opening again keeps what exists.
   */
  public RegistrationWindow open(String activityNumber, int capacity, LocalDate deadline, List<Session> sessions) {
    Optional<RegistrationWindow> existing = registrations.window(activityNumber);
    if (existing.isPresent()) {
      return existing.get();
    }
    ZoneId zone = clock.getZone();
    List<Session> ordered = sessions.stream().sorted(Comparator.comparing(Session::start)).toList();
    LocalDate first = ordered.get(0).start().atZone(zone).toLocalDate();
    LocalDate last = ordered.get(ordered.size() - 1).end().atZone(zone).toLocalDate();
    RegistrationWindow window = new RegistrationWindow(activityNumber, ParticipantCodes.token(), capacity, deadline,
        deadline.plusDays(1).atStartOfDay(zone).toInstant(), first, last, clock.instant(), null, null, null, null, null, null);
    registrations.insertWindow(window);
    List<LocalDate> days = new ArrayList<>();
    for (Session session : ordered) {
      LocalDate day = session.start().atZone(zone).toLocalDate();
      if (!days.contains(day)) {
        days.add(day);
        attendances.insertDay(activityNumber, day, session.start().minus(properties.checkInOpensBefore()));
      }
    }
    return window;
  }

  public Optional<RegistrationWindow> windowByToken(String token) {
    return token == null || token.length() > 64 ? Optional.empty() : registrations.windowByToken(token);
  }

  public Optional<RegistrationWindow> window(String activityNumber) {
    return registrations.window(activityNumber);
  }

  public List<RegistrationWindow> windows() {
    return registrations.windows();
  }

  /** A registration from the public page. Writes nothing unless every field is right and registration is open. */
  public RegistrationOutcome register(String token, RegistrationForm form) {
    Map<String, String> problems = form.problems();
    if (!problems.isEmpty()) {
      return new RegistrationOutcome.Refused(problems);
    }
    RegistrationWindow window = windowByToken(token).orElseThrow(() -> new IllegalArgumentException("unknown registration link"));
    return retried(() -> transaction.execute(status -> registerLocked(window.activityNumber(), form)));
  }

  private RegistrationOutcome registerLocked(String activityNumber, RegistrationForm form) {
    RegistrationWindow window = registrations.lockWindow(activityNumber).orElseThrow();
    Instant now = clock.instant();
    if (!window.isOpen(now)) {
      return new RegistrationOutcome.Closed();
    }
    String phone = form.normalisedPhone().orElseThrow();
    if (registrations.phoneTaken(activityNumber, phone)) {
      return new RegistrationOutcome.Refused(Map.of(RegistrationForm.PHONE, DUPLICATE_PHONE));
    }
    Optional<Integer> seat = registrations.freeSeat(activityNumber);
    Integer waitNo = seat.isPresent() ? null : registrations.nextWaitNo(activityNumber);
    Participant participant = new Participant(0, activityNumber, newCode(), ParticipantCodes.secret(),
        seat.isPresent() ? ParticipantStatus.CONFIRMED : ParticipantStatus.WAITING, seat.orElse(null), waitNo,
        form.fullName(), form.address(), phone, form.email(), form.affiliation(), consent.version(), now,
        Participant.Source.ONLINE, now, now, null, null, null);
    long id = registrations.insert(participant);
    Participant saved = registrations.byId(id).orElseThrow();
    events.registered(activityNumber, saved.code());
    return new RegistrationOutcome.Registered(saved, waitNo == null ? 0 : registrations.waitingPlace(saved));
  }

  /** What a participant's cancellation did: their registration, and the waiting one who took the place. */
  public record Cancellation(Participant cancelled, Optional<Participant> promoted) {}

  /** Whether the participant of this page may still cancel: before the first day, while the activity stands. */
  public boolean cancellable(Participant participant, RegistrationWindow window) {
    return (participant.status() == ParticipantStatus.CONFIRMED || participant.status() == ParticipantStatus.WAITING)
        && window.cancelledAt() == null && LocalDate.now(clock).isBefore(window.firstDay());
  }

  /** The participant cancels through their own page; before the list is fixed, the first waiting takes the place. */
  public Optional<Cancellation> cancel(String secret) {
    Optional<Participant> found = registrations.bySecret(secret);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return retried(() -> transaction.execute(status -> {
      RegistrationWindow window = registrations.lockWindow(found.get().activityNumber()).orElseThrow();
      Participant participant = registrations.byId(found.get().id()).orElseThrow();
      if (!cancellable(participant, window)) {
        return Optional.<Cancellation>empty();
      }
      Optional<Participant> promoted = withdraw(participant, window, clock.instant(), "peserta");
      return Optional.of(new Cancellation(registrations.byId(participant.id()).orElseThrow(), promoted));
    }));
  }

  /**
   * Takes a confirmed or waiting registration off the list (the activity's window locked by the caller): a freed place
   * goes to the first waiting while the list is not fixed, and the process is told.
   *
   * @return who took the place
   */
  Optional<Participant> withdraw(Participant participant, RegistrationWindow window, Instant now, String by) {
    registrations.changeStatus(participant.id(), ParticipantStatus.CANCELLED, null, null, now, by);
    Optional<Participant> promoted = Optional.empty();
    if (participant.status() == ParticipantStatus.CONFIRMED && !window.listFixed()) {
      promoted = promoteFirstWaiting(participant.activityNumber(), participant.seatNo(), now, by);
    }
    events.cancelled(participant.activityNumber(), participant.code(), promoted.map(Participant::code).orElse(null));
    return promoted;
  }

  public Optional<Participant> participant(String secret) {
    return secret == null || secret.length() > 64 ? Optional.empty() : registrations.bySecret(secret);
  }

  public int waitingPlace(Participant participant) {
    return participant.status() == ParticipantStatus.WAITING ? registrations.waitingPlace(participant) : 0;
  }

  /** The analyst closes registration before its deadline; the process moves on to the librarian's list. */
  public boolean closeEarly(String activityNumber, String by) {
    return transaction.execute(status -> {
      RegistrationWindow window = registrations.lockWindow(activityNumber).orElseThrow();
      if (!window.isOpen(clock.instant())) {
        return false;
      }
      registrations.close(activityNumber, clock.instant(), by);
      events.closedEarly(activityNumber);
      return true;
    });
  }

  /** At the deadline (or after an early close): no registration is taken any more. */
  public void close(String activityNumber) {
    registrations.lockWindow(activityNumber).ifPresent(window -> registrations.close(activityNumber, window.closesAt(), "batas pendaftaran"));
  }

  /** The activity was cancelled: registration closes; the participants are told by the process. */
  public void cancelActivity(String activityNumber) {
    registrations.lockWindow(activityNumber).ifPresent(window -> registrations.cancelActivity(activityNumber, clock.instant()));
  }

  /** One registration the librarian takes off the list, and why. */
  public record Removal(String code, RemovalReason reason) {}

  /**
   * The librarian's final list: the removals applied, freed places given to the waiting in their order, whoever still
   * waits is told there was no place.
   */
  public void fixList(String activityNumber, List<Removal> removals, String by) {
    RegistrationWindow window = registrations.lockWindow(activityNumber).orElseThrow();
    if (window.listFixed()) {
      return;
    }
    Instant now = clock.instant();
    for (Removal removal : removals) {
      registrations.byCode(activityNumber, removal.code())
          .filter(p -> p.status() == ParticipantStatus.CONFIRMED || p.status() == ParticipantStatus.WAITING)
          .ifPresent(p -> registrations.changeStatus(p.id(), ParticipantStatus.REMOVED, null, removal.reason().name(), now, by));
    }
    for (Optional<Integer> seat = registrations.freeSeat(activityNumber); seat.isPresent() && !registrations.waiting(activityNumber).isEmpty();
        seat = registrations.freeSeat(activityNumber)) {
      promoteFirstWaiting(activityNumber, seat.get(), now, by);
    }
    for (Participant waiting : registrations.waiting(activityNumber)) {
      registrations.changeStatus(waiting.id(), ParticipantStatus.NOT_ADMITTED, null, null, now, by);
    }
    registrations.fixList(activityNumber, now, by);
  }

  /** Registrations of an activity, confirmed and waiting first, as the librarian reviews them. */
  public List<Participant> participants(String activityNumber) {
    return registrations.of(activityNumber);
  }

  public long count(String activityNumber, ParticipantStatus status) {
    return registrations.count(activityNumber, status);
  }

  private Optional<Participant> promoteFirstWaiting(String activityNumber, int seat, Instant now, String by) {
    List<Participant> waiting = registrations.waiting(activityNumber);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    Participant first = waiting.get(0);
    registrations.changeStatus(first.id(), ParticipantStatus.CONFIRMED, seat, null, now, by);
    return registrations.byId(first.id());
  }

  private String newCode() {
    String code = ParticipantCodes.code();
    while (registrations.codeTaken(code)) {
      code = ParticipantCodes.code();
    }
    return code;
  }

  /**
   * The process instance's executions may be changed by another transaction at the same moment (a task completed, a
   * job run); the engine then refuses ours, and we try again from the start.
   */
  private static <T> T retried(java.util.function.Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
