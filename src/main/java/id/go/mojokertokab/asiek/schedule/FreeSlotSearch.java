package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The nearest free slot for a request that conflicts: all its sessions moved by the same number of whole working days
 * (1 later, 1 earlier, 2 later, …), at the same hours, skipping weekends and holidays, never into the past. Plain Java
 * like {@link ConflictCheck}, which judges each candidate against the holds it is given.
 */
public final class FreeSlotSearch {

  /** How many working days the search moves a request at the most, each way. */
  public static final int WORKING_DAYS = 30;
  /** Up to how many working days away the search reads its candidates' own windows before it reads all it may need. */
  static final int NARROW_SHIFTS = 8;

  private final WorkingCalendar calendar;
  private final ConflictCheck check;
  private final Instant now;

  public FreeSlotSearch(WorkingCalendar calendar, Instant now) {
    this.calendar = calendar;
    this.check = new ConflictCheck(calendar, now);
    this.now = now;
  }

  /**
   * The nearest shift that conflicts with nothing, or empty when none is found or none can help: a conflict that no
   * other day solves (hours, seats, unknown resources, more units than the office owns).
   *
   * @param conflicts the request's conflicts as it stands
   * @param holds at least every hold that meets one of {@link #windows}
   */
  public Optional<List<Session>> nearest(ScheduleRequest request, Map<String, Resource> resources, List<Conflict> conflicts,
      List<Hold> holds) {
    return nearest(request, resources, conflicts, holds, windows(request, resources), windows -> List.of());
  }

  /**
   * {@link #nearest}, starting from the holds of the windows {@code read} (those a check read) and asking {@code reader}
   * for more only when a candidate reaches beyond them: first the candidates' own windows up to
   * {@value #NARROW_SHIFTS} working days away (a few hours each, which PostgreSQL's index finds quickly), then
   * {@link #windows} whole. The same answer as reading everything first, at a cost that grows with the distance.
   *
   * @param holds at least every hold that meets one of {@code read}
   * @param reader at least every hold that meets one of the windows it is given
   */
  public Optional<List<Session>> nearest(ScheduleRequest request, Map<String, Resource> resources, List<Conflict> conflicts,
      List<Hold> holds, List<Window> read, Function<List<Window>, List<Hold>> reader) {
    if (request.sessions().isEmpty() || conflicts.stream().anyMatch(c -> !c.solvedByAnotherDay())
        || request.demands().stream().map(ResourceDemand::resourceId).distinct().count() < request.demands().size()) {
      return Optional.empty();
    }
    List<Hold> known = new ArrayList<>(holds);
    List<Window> covered = new ArrayList<>(read);
    for (int shift = 1; shift <= WORKING_DAYS; shift++) {
      for (int direction : new int[] {1, -1}) {
        List<Session> moved = shift(request.sessions(), shift * direction);
        if (moved.get(0).start().isBefore(now)) {
          continue;
        }
        ScheduleRequest candidate = request.withSessions(moved);
        if (!ConflictCheck.windows(candidate, resources).stream().allMatch(w -> covered.stream().anyMatch(w::within))) {
          List<Window> more = shift <= NARROW_SHIFTS ? candidateWindows(request, resources, shift) : windows(request, resources);
          known.addAll(reader.apply(more));
          covered.addAll(more);
        }
        if (check.conflicts(candidate, resources, known).isEmpty()) {
          return Optional.of(moved);
        }
      }
    }
    return Optional.empty();
  }

  /** The windows of every candidate from {@code fromShift} to {@value #NARROW_SHIFTS} working days away, either way. */
  private List<Window> candidateWindows(ScheduleRequest request, Map<String, Resource> resources, int fromShift) {
    List<Window> windows = new ArrayList<>();
    for (int shift = fromShift; shift <= NARROW_SHIFTS; shift++) {
      windows.addAll(ConflictCheck.windows(request.withSessions(shift(request.sessions(), shift)), resources));
      windows.addAll(ConflictCheck.windows(request.withSessions(shift(request.sessions(), -shift)), resources));
    }
    return windows;
  }

  /** The request's sessions moved by 1 to {@code workingDays} working days, later and earlier, all shifts in one list. */
  public List<Session> shifts(ScheduleRequest request, int workingDays) {
    List<Session> sessions = new ArrayList<>();
    for (int shift = 1; shift <= workingDays; shift++) {
      sessions.addAll(shift(request.sessions(), shift));
      sessions.addAll(shift(request.sessions(), -shift));
    }
    return sessions;
  }

  /** What the search may look at on each resource: from the earliest shift's first session to the latest's last. */
  public List<Window> windows(ScheduleRequest request, Map<String, Resource> resources) {
    if (request.sessions().isEmpty()) {
      return List.of();
    }
    Instant from = shift(request.sessions(), -WORKING_DAYS).stream().map(Session::start).min(Instant::compareTo).orElseThrow();
    Instant until = shift(request.sessions(), WORKING_DAYS).stream().map(Session::end).max(Instant::compareTo).orElseThrow();
    List<Window> windows = new ArrayList<>();
    for (ResourceDemand demand : request.demands()) {
      Resource resource = resources.get(demand.resourceId());
      if (resource != null) {
        windows.add(new Window(resource.id(), from.minus(resource.buffer()), until.plus(resource.buffer())));
      }
    }
    return windows;
  }

  private List<Session> shift(List<Session> sessions, int workingDays) {
    List<Session> moved = new ArrayList<>();
    for (Session session : sessions) {
      ZonedDateTime start = session.start().atZone(calendar.zone());
      LocalDate day = start.toLocalDate();
      for (int i = 0; i < Math.abs(workingDays); i++) {
        day = workingDays > 0 ? calendar.nextWorkingDay(day) : calendar.previousWorkingDay(day);
      }
      moved.add(session.shiftedTo(start.with(day).toInstant()));
    }
    return moved;
  }
}
