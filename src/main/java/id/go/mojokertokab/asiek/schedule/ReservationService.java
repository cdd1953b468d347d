package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import id.go.mojokertokab.asiek.schedule.ConflictCheckQuery.Reading;
import id.go.mojokertokab.asiek.schedule.Conflict.TakenMeanwhile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds a request's bookings when nothing conflicts, in the caller's transaction (or a new one). A request that
 * conflicts is answered at once. One that does not is checked again after locking its resources
 * ({@link ScheduleRepository#lockForBooking}), so concurrent bookings of a resource take turns and a loser's check
 * names the winner. PostgreSQL's exclusion constraint still guards the units: a unit that something bypassing the lock
 * took first becomes a normal conflict after checking again, never an error. The rules are {@link ConflictCheck}'s.
 */
@Service
public class ReservationService {

  /** Holidays are read this far around a request: more than the free-slot search can move it. */
  private static final int CALENDAR_MARGIN_DAYS = 120;
  /**
   * A booking reads, with its check, the holds of its sessions moved this many weekdays either way: where no holiday
   * is in between, those are the free-slot search's first candidates, so a refused request that can move by a day or
   * two gets its proposal without a second statement.
   */
  private static final int NEAR_WEEKDAYS = 2;

  private final ScheduleRepository repository;
  private final ConflictCheckQuery query;
  private final UnitAllocation units;
  private final OfficeCalendar calendar;
  private final TransactionTemplate savepoint;
  private final Clock clock;

  ReservationService(ScheduleRepository repository, ConflictCheckQuery query, UnitAllocation units, OfficeCalendar calendar,
      PlatformTransactionManager transactions, Clock clock) {
    this.repository = repository;
    this.query = query;
    this.units = units;
    this.calendar = calendar;
    this.clock = clock;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Replaces the activity's bookings by the request's, or leaves them untouched and reports every conflict with the
   * nearest free slot.
   */
  @Transactional
  public ScheduleOutcome reserve(ScheduleRequest request, String user) {
    boolean locked = false;
    for (int attempt = 1; ; attempt++) {
      Instant now = clock.instant();
      // after the lock a conflict is rare (a race lost): only the first read also reads the nearest days
      Reading reading = read(request, locked ? List.of() : nearDays(request, now), now);
      List<Conflict> conflicts = reading.conflicts(request, now);
      if (!conflicts.isEmpty()) {
        return new ScheduleOutcome(List.of(), conflicts, proposal(request, reading, conflicts, now));
      }
      if (!locked) {
        // a booking of the same resources may be about to commit: wait for our turn, then check what it left
        repository.lockForBooking(resourceIds(request));
        locked = true;
        continue;
      }
      try {
        List<Booking> held = savepoint.execute(status -> hold(request, reading, user, now));
        return new ScheduleOutcome(held, List.of(), Optional.empty());
      } catch (RuntimeException e) {
        if (!UnitAllocation.lostRace(e)) {
          throw e;
        }
        if (attempt == UnitAllocation.ATTEMPTS) {
          return new ScheduleOutcome(List.of(), List.of(new TakenMeanwhile()), Optional.empty());
        }
        // something that bypasses the lock booked a unit between our check and our insert (it has committed, or
        // PostgreSQL would still wait for it): check again, now seeing it
      }
    }
  }

  /** Runs {@code work} in a savepoint of the caller's transaction, so that a race lost undoes only what it wrote. */
  void inSavepoint(Runnable work) {
    savepoint.executeWithoutResult(status -> work.run());
  }

  /** Books one resource for another office event; the outcome says why not when it conflicts. */
  @Transactional
  public ScheduleOutcome bookSingle(String resourceId, Session period, int quantity, String title, String user) {
    return reserve(new ScheduleRequest(null, title, List.of(period), List.of(new ResourceDemand(resourceId, quantity)), null), user);
  }

  /**
   * Every conflict of the request as the schedule stands, in the order of its sessions; holds nothing. One round trip
   * on PostgreSQL ({@link ConflictCheckQuery}).
   */
  public List<Conflict> check(ScheduleRequest request) {
    Instant now = clock.instant();
    return read(request, List.of(), now).conflicts(request, now);
  }

  /** The check with resources and calendar already read: it reads the holds only. */
  List<Conflict> check(ScheduleRequest request, Map<String, Resource> resources, WorkingCalendar days, Instant now) {
    List<Hold> holds = query.overlapping(ConflictCheck.windows(request, resources), request.activityNumber());
    return new ConflictCheck(days, now).conflicts(request, resources, holds);
  }

  /** The nearest free slot, reading holds as far as the search gets (see {@link FreeSlotSearch#nearest}). */
  Optional<List<Session>> proposal(ScheduleRequest request, Map<String, Resource> resources, List<Conflict> conflicts,
      WorkingCalendar days, Instant now) {
    return proposal(request, new Reading(resources, days, List.of(), List.of()), conflicts, now);
  }

  /** The nearest free slot, starting from the holds the check read. */
  private Optional<List<Session>> proposal(ScheduleRequest request, Reading reading, List<Conflict> conflicts, Instant now) {
    return new FreeSlotSearch(reading.calendar(), now).nearest(request, reading.resources(), conflicts, reading.holds(),
        reading.read(), windows -> query.overlapping(windows, request.activityNumber()));
  }

  /** The request's sessions moved by {@link #NEAR_WEEKDAYS}, counting weekdays only (holidays are not read yet). */
  private List<Session> nearDays(ScheduleRequest request, Instant now) {
    return new FreeSlotSearch(calendar.with(Map.of()), now).shifts(request, NEAR_WEEKDAYS);
  }

  private static List<String> resourceIds(ScheduleRequest request) {
    return request.demands().stream().map(ResourceDemand::resourceId).distinct().toList();
  }

  /**
   * The request's resources, the holds its windows meet (and those of {@code alsoDuring}) and the calendar the free-slot
   * search may need.
   */
  private Reading read(ScheduleRequest request, List<Session> alsoDuring, Instant now) {
    List<LocalDate> days = calendarDays(request, now);
    return query.read(request, alsoDuring, days.get(0), days.get(1));
  }

  /** The office's calendar around the request's sessions and today, far enough for the free-slot search. */
  WorkingCalendar workingCalendar(ScheduleRequest request, Instant now) {
    List<LocalDate> days = calendarDays(request, now);
    return calendar.between(days.get(0), days.get(1));
  }

  /** The first and the last day of the calendar {@link #workingCalendar} knows. */
  private List<LocalDate> calendarDays(ScheduleRequest request, Instant now) {
    List<LocalDate> days = Stream.concat(Stream.of(now), request.sessions().stream().map(Session::start))
        .map(calendar::today).toList();
    LocalDate first = days.stream().min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = days.stream().max(Comparator.naturalOrder()).orElseThrow();
    return List.of(first.minusDays(CALENDAR_MARGIN_DAYS), last.plusDays(CALENDAR_MARGIN_DAYS));
  }

  /** Inserts the request's bookings and holds their units, choosing units that the check's holds leave free. */
  private List<Booking> hold(ScheduleRequest request, Reading reading, String user, Instant now) {
    if (request.activityNumber() != null) {
      repository.deleteBookingsOf(request.activityNumber());
    }
    List<Booking> held = new ArrayList<>();
    List<Session> byStart = request.sessions().stream().sorted(Comparator.comparing(Session::start)).toList();
    for (ResourceDemand demand : request.demands()) {
      Resource resource = reading.resources().get(demand.resourceId());
      List<Booking> bookings = new ArrayList<>();
      for (Session session : request.sessions()) {
        String title = request.title() + (request.activityNumber() == null ? "" : " – " + session.type().label());
        Integer sessionNo = request.activityNumber() == null ? null : byStart.indexOf(session) + 1;
        bookings.add(repository.insertBooking(resource.id(), session.start(), session.end(), demand.quantity(),
            request.activityNumber(), request.activityNumber() == null ? null : session.type(), sessionNo, title, user, now));
      }
      units.hold(resource, demand.quantity(), request.sessions(), bookings.stream().map(Booking::id).toList(), reading.holds());
      held.addAll(bookings);
    }
    return held;
  }
}
