package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nearest free slot for a request that conflicts: all its sessions moved by the same number of whole working days
 * (1 later, 1 earlier, 2 later, …), at the same hours, skipping weekends and holidays, never into the past. Plain Java
 * like {@link ConflictCheck}, which judges each candidate against the holds it is given.
 */
public final class FreeSlotSearch {

  /** How many working days the search moves a request at the most, each way. */
  public static final int WORKING_DAYS = 30;

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
    if (request.sessions().isEmpty() || conflicts.stream().anyMatch(c -> !c.solvedByAnotherDay())
        || request.demands().stream().map(ResourceDemand::resourceId).distinct().count() < request.demands().size()) {
      return Optional.empty();
    }
    for (int shift = 1; shift <= WORKING_DAYS; shift++) {
      for (int direction : new int[] {1, -1}) {
        List<Session> moved = shift(request.sessions(), shift * direction);
        if (!moved.get(0).start().isBefore(now) && check.conflicts(request.withSessions(moved), resources, holds).isEmpty()) {
          return Optional.of(moved);
        }
      }
    }
    return Optional.empty();
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
