package id.go.mojokertokab.asiek.rescheduling;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.coordination.ScheduleSummary;
import id.go.mojokertokab.asiek.participant.SessionDays;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Messages;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Rescheduling;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Moved;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Reason;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Refused;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ConflictMessages;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.schedule.SessionMoves;
import id.go.mojokertokab.asiek.schedule.SessionMoves.MoveOutcome;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one session of a running activity, all in one transaction: the rules of the day (not over yet, no overlap with
 * the activity's own sessions, the opening first, attendance lists already open stay), the conflict check of the new
 * slot for every resource and the bookings moved ({@link SessionMoves}), the attendance days and the registration
 * deadline ({@link SessionDays}), the schedule's process variables, every timer of the instance
 * ({@link InstanceFollowsSchedule}), and the message that starts SubProcess_SessionMoved, whose send task mails the
 * updated invitation. A refusal changes nothing.
 */
@Service
class ScheduleChanges {

  private final RuntimeService runtime;
  private final ScheduleRepository schedule;
  private final SessionMoves moves;
  private final SessionDays days;
  private final InstanceFollowsSchedule instance;
  private final OfficeCalendar calendar;
  private final Clock clock;

  ScheduleChanges(RuntimeService runtime, ScheduleRepository schedule, SessionMoves moves, SessionDays days,
      InstanceFollowsSchedule instance, OfficeCalendar calendar, Clock clock) {
    this.runtime = runtime;
    this.schedule = schedule;
    this.moves = moves;
    this.days = days;
    this.instance = instance;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The running instance of the activity, if any. */
  Optional<ProcessInstance> running(String activityNumber) {
    return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PustakaAsiekProcess.KEY)
        .processInstanceBusinessKey(activityNumber).active().singleResult());
  }

  @Transactional
  public MoveResult move(SessionMove move) {
    ZoneId zone = calendar.properties().zone();
    String number = move.activityNumber();
    Optional<ProcessInstance> process = running(number);
    if (process.isEmpty()) {
      return Refused.of(Reason.NOT_FOUND, null, "Tidak ada kegiatan berjalan dengan nomor " + number + ".");
    }
    ActivitySchedule booked = schedule.activitySchedule(number);
    if (booked.isEmpty()) {
      return Refused.of(Reason.CONFLICT, null, "Kegiatan " + number + " belum memiliki jadwal yang dipesan; jadwal disepakati di tugas koordinasi.");
    }
    Optional<Session> found = booked.session(move.sessionNo());
    if (found.isEmpty()) {
      return Refused.of(Reason.NOT_FOUND, null, "Kegiatan " + number + " tidak memiliki sesi nomor " + move.sessionNo() + ".");
    }
    Session current = found.get();
    Session moved = new Session(current.type(), move.start().atZone(zone).toInstant(), move.end().atZone(zone).toInstant());
    Optional<Refused> refused = rules(number, move.sessionNo(), booked, current, moved, move.newDeadline(), process.get().getId());
    if (refused.isPresent()) {
      return refused.get();
    }

    MoveOutcome outcome = moves.move(number, move.sessionNo(), moved.start(), moved.end());
    if (!outcome.moved()) {
      ConflictMessages messages = ConflictMessages.plain(zone);
      List<String> conflicts = messages.sentences(outcome.conflicts());
      String proposal = outcome.proposal().map(p -> calendar.formatPeriod(p.start(), p.end())).orElse(null);
      return new Refused(Reason.CONFLICT, SessionDays.START, "Sesi tidak dapat dipindah ke waktu itu: " + String.join(" ", conflicts)
          + (proposal == null ? "" : " Waktu terdekat yang bebas pada jam yang sama: " + proposal + "."), conflicts, proposal);
    }
    ActivitySchedule after = outcome.after();
    SessionDays.DayChange dayChange = days.follow(number, after.sessions(), move.newDeadline());
    String processInstanceId = process.get().getId();
    int sequence = schedule.nextRevision(number);
    updateVariables(processInstanceId, after, move.newDeadline(), sequence);
    instance.follow(processInstanceId, dayChange);

    String from = calendar.formatPeriod(current.start(), current.end());
    String to = calendar.formatPeriod(moved.start(), moved.end());
    runtime.createMessageCorrelation(Messages.SESSION_MOVED).processInstanceId(processInstanceId)
        .setVariableToTriggeredScope(Rescheduling.CHANGE_SEQUENCE.name(), Rescheduling.CHANGE_SEQUENCE.stored((long) sequence))
        .setVariableToTriggeredScope(Rescheduling.MOVED_SESSION_NO.name(), Rescheduling.MOVED_SESSION_NO.stored((long) move.sessionNo()))
        .setVariableToTriggeredScope(Rescheduling.MOVED_SESSION.name(), Rescheduling.MOVED_SESSION.stored(current.type().label()))
        .setVariableToTriggeredScope(Rescheduling.MOVED_FROM.name(), Rescheduling.MOVED_FROM.stored(from))
        .setVariableToTriggeredScope(Rescheduling.MOVED_TO.name(), Rescheduling.MOVED_TO.stored(to))
        .setVariableToTriggeredScope(Rescheduling.MOVE_REASON.name(), Rescheduling.MOVE_REASON.stored(move.reason()))
        .setVariableToTriggeredScope(Rescheduling.MOVED_BY.name(), Rescheduling.MOVED_BY.stored(move.user()))
        .correlate();
    return new Moved(number, move.sessionNo(), current.type().label(), from, to, sequence);
  }

  /** The rules of a move that no booking decides; empty when the move may be tried against the schedule. */
  private Optional<Refused> rules(String number, int sessionNo, ActivitySchedule booked, Session current, Session moved,
      LocalDate newDeadline, String processInstanceId) {
    Instant now = clock.instant();
    String label = "Sesi " + sessionNo + " (" + current.type().label() + ")";
    if (!current.end().isAfter(now)) {
      return Optional.of(Refused.of(Reason.CONFLICT, null, label + " sudah selesai pada "
          + calendar.formatPeriod(current.start(), current.end()) + "; sesi yang sudah selesai tidak dapat dipindah."));
    }
    if (moved.start().equals(current.start()) && moved.end().equals(current.end())) {
      return Optional.of(Refused.of(Reason.INVALID, SessionDays.START, "Waktu baru sama dengan jadwal " + label + " sekarang."));
    }
    List<Session> after = new ArrayList<>();
    for (int i = 0; i < booked.sessions().size(); i++) {
      Session other = booked.sessions().get(i);
      if (booked.numbers().get(i).intValue() == sessionNo) {
        after.add(moved);
      } else if (other.start().isBefore(moved.end()) && moved.start().isBefore(other.end())) {
        return Optional.of(Refused.of(Reason.CONFLICT, SessionDays.START, "Waktu baru bertumpang tindih dengan sesi "
            + booked.numbers().get(i) + " (" + other.type().label() + ", " + calendar.formatPeriod(other.start(), other.end())
            + ") kegiatan ini."));
      } else {
        after.add(other);
      }
    }
    Session first = after.stream().min(Comparator.comparing(Session::start)).orElseThrow();
    boolean hasOpening = after.stream().anyMatch(s -> s.type() == SessionType.PEMBUKAAN);
    if (hasOpening && first.type() != SessionType.PEMBUKAAN) {
      return Optional.of(Refused.of(Reason.CONFLICT, SessionDays.START, "Sesi pembukaan harus tetap menjadi sesi pertama kegiatan."));
    }
    Optional<SessionDays.Refusal> attendance = days.refusal(number, current, moved, after, newDeadline);
    if (attendance.isPresent()) {
      Reason reason = SessionDays.DEADLINE.equals(attendance.get().field()) ? Reason.INVALID : Reason.CONFLICT;
      return Optional.of(Refused.of(reason, attendance.get().field(), attendance.get().sentence()));
    }
    return instance.refusal(processInstanceId, booked.sessions(), after, calendar.properties().zone())
        .map(sentence -> Refused.of(Reason.CONFLICT, SessionDays.START, sentence));
  }

  private void updateVariables(String processInstanceId, ActivitySchedule after, LocalDate newDeadline, int sequence) {
    Map<String, Object> variables = runtime.getVariables(processInstanceId,
        List.of(Vars.CAPACITY.name(), Vars.REGISTRATION_DEADLINE.name()));
    Long capacity = Vars.CAPACITY.in(variables);
    LocalDate deadline = newDeadline == null ? Vars.REGISTRATION_DEADLINE.in(variables) : newDeadline;
    Map<String, Object> changed = new HashMap<>();
    if (newDeadline != null) {
      changed.put(Vars.REGISTRATION_DEADLINE.name(), Vars.REGISTRATION_DEADLINE.stored(newDeadline));
    }
    changed.put(Vars.OPENING_AT.name(), Vars.OPENING_AT.stored(
        Date.from(after.sessions().stream().map(Session::start).min(Comparator.naturalOrder()).orElseThrow())));
    changed.put(Vars.SCHEDULE_SUMMARY.name(), Vars.SCHEDULE_SUMMARY.stored(
        ScheduleSummary.of(after, capacity == null ? null : capacity.intValue(), deadline, calendar.format())));
    changed.put(Vars.SCHEDULE_SEQUENCE.name(), Vars.SCHEDULE_SEQUENCE.stored((long) sequence));
    runtime.setVariables(processInstanceId, changed);
  }
}
