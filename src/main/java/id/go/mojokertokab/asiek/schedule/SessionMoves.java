package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import id.go.mojokertokab.asiek.schedule.Conflict.TakenMeanwhile;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one session of an activity's booked schedule, all its resources at once (room, speaker, equipment), in the
 * caller's transaction: only the new slot is checked (the other sessions stay as they were booked, some of them maybe
 * over already), the session's bookings take their new period and the activity's units are held again, or nothing
 * changes and every conflict of the new slot is reported with the nearest free one. A concurrent booking of the slot
 * is a race lost, then a normal conflict, as in {@link ReservationService}.
 */
@Service
public class SessionMoves {

  private final ScheduleRepository repository;
  private final ReservationService reservations;
  private final UnitAllocation units;
  private final Clock clock;

  SessionMoves(ScheduleRepository repository, ReservationService reservations, UnitAllocation units, Clock clock) {
    this.repository = repository;
    this.reservations = reservations;
    this.units = units;
    this.clock = clock;
  }

  /**
   * What a move gave: the schedule before and after it, or, with nothing changed, every conflict of the new slot and
   * the nearest free slot at the same hours.
   */
  public record MoveOutcome(ActivitySchedule before, ActivitySchedule after, List<Conflict> conflicts, Optional<Session> proposal) {

    public boolean moved() {
      return conflicts.isEmpty();
    }
  }

  /** Moves session {@code sessionNo} of the activity to [start, end); the caller checked that the session exists. */
  @Transactional
  public MoveOutcome move(String activityNumber, int sessionNo, Instant start, Instant end) {
    ActivitySchedule before = repository.activitySchedule(activityNumber);
    Session current = before.session(sessionNo).orElseThrow(() -> new IllegalArgumentException(
        "activity " + activityNumber + " has no session " + sessionNo));
    ScheduleRequest request = new ScheduleRequest(activityNumber, titleOf(activityNumber), List.of(new Session(current.type(), start, end)),
        demands(before), null);
    for (int attempt = 1; ; attempt++) {
      Map<String, Resource> resources = repository.resources(request.demands().stream().map(ResourceDemand::resourceId).toList());
      repository.lockForBooking(resources.keySet());
      Instant now = clock.instant();
      WorkingCalendar days = reservations.workingCalendar(request, now);
      List<Conflict> conflicts = reservations.check(request, resources, days, now);
      if (!conflicts.isEmpty()) {
        Optional<Session> proposal = reservations.proposal(request, resources, conflicts, days, now).map(sessions -> sessions.get(0));
        return new MoveOutcome(before, before, conflicts, proposal);
      }
      try {
        reservations.inSavepoint(() -> hold(activityNumber, sessionNo, start, end));
        return new MoveOutcome(before, repository.activitySchedule(activityNumber), List.of(), Optional.empty());
      } catch (RuntimeException e) {
        if (!UnitAllocation.lostRace(e)) {
          throw e;
        }
        if (attempt == UnitAllocation.ATTEMPTS) {
          return new MoveOutcome(before, before, List.of(new TakenMeanwhile()), Optional.empty());
        }
        // a concurrent booking took the slot between our check and our hold: check again, now seeing it
      }
    }
  }

  private void hold(String activityNumber, int sessionNo, Instant start, Instant end) {
    repository.moveSession(activityNumber, sessionNo, start, end);
    repository.deleteUnitsOf(activityNumber);
    Map<String, List<Booking>> byResource = new LinkedHashMap<>();
    repository.bookingsOf(activityNumber).forEach(b -> byResource.computeIfAbsent(b.resourceId(), id -> new ArrayList<>()).add(b));
    Map<String, Resource> resources = repository.resources(byResource.keySet());
    byResource.forEach((id, bookings) -> units.hold(resources.get(id), bookings.get(0).quantity(),
        bookings.stream().map(b -> new Session(b.sessionType() == null ? SessionType.MATERI : b.sessionType(), b.start(), b.end())).toList(),
        bookings.stream().map(Booking::id).toList(), activityNumber));
  }

  /** What each session of the activity takes: the room and the speaker once, equipment in its booked quantity. */
  private static List<ResourceDemand> demands(ActivitySchedule booked) {
    List<ResourceDemand> equipment = new ArrayList<>();
    booked.equipment().forEach((resource, quantity) -> equipment.add(new ResourceDemand(resource.id(), quantity)));
    return ScheduleRequest.demands(booked.room() == null ? null : booked.room().id(),
        booked.speaker() == null ? null : booked.speaker().id(), equipment);
  }

  private String titleOf(String activityNumber) {
    return repository.bookingsOf(activityNumber).stream().findFirst().map(Booking::title)
        .map(title -> title.replaceFirst(" – [^–]*$", "")).orElse(activityNumber);
  }
}
