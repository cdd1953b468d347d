package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import id.go.mojokertokab.asiek.schedule.Conflict.Booked;
import id.go.mojokertokab.asiek.schedule.Conflict.Holiday;
import id.go.mojokertokab.asiek.schedule.Conflict.InThePast;
import id.go.mojokertokab.asiek.schedule.Conflict.MoreThanOwned;
import id.go.mojokertokab.asiek.schedule.Conflict.NotAWorkingDay;
import id.go.mojokertokab.asiek.schedule.Conflict.OutsideOfficeHours;
import id.go.mojokertokab.asiek.schedule.Conflict.SpeakerBusy;
import id.go.mojokertokab.asiek.schedule.Conflict.TooFewSeats;
import id.go.mojokertokab.asiek.schedule.Conflict.UnitsTaken;
import id.go.mojokertokab.asiek.schedule.Conflict.UnknownResource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every conflict of a request at once, from what it is given: the resources, the holds already in the schedule, the
 * working calendar with its holidays, and now. Reads no database and no clock, so a unit test drives every rule.
 */
public final class ConflictCheck {

  private final WorkingCalendar calendar;
  private final Instant now;

  public ConflictCheck(WorkingCalendar calendar, Instant now) {
    this.calendar = calendar;
    this.now = now;
  }

  /**
   * The conflicts of the request: first those of its resources (unknown, more than owned, too few seats), then per
   * session those of the calendar and of each resource's holds. The activity's own holds do not count.
   *
   * @param resources the resources by id; a missing or inactive one is unknown
   * @param holds at least every hold that meets one of {@link #windows}
   */
  public List<Conflict> conflicts(ScheduleRequest request, Map<String, Resource> resources, List<Hold> holds) {
    List<Conflict> conflicts = new ArrayList<>();
    for (ResourceDemand demand : request.demands()) {
      Resource resource = usable(resources, demand);
      if (resource == null) {
        conflicts.add(new UnknownResource(demand.resourceId()));
      } else if (demand.quantity() > resource.quantity()) {
        conflicts.add(new MoreThanOwned(resource, demand.quantity()));
      } else if (resource.kind() == ResourceKind.ROOM && resource.seats() != null && request.participants() != null
          && request.participants() > resource.seats()) {
        conflicts.add(new TooFewSeats(resource, request.participants()));
      }
    }
    for (Session session : request.sessions()) {
      conflicts.addAll(calendarConflicts(session));
      for (ResourceDemand demand : request.demands()) {
        Resource resource = usable(resources, demand);
        if (resource != null && demand.quantity() <= resource.quantity()) {
          Window window = window(session, resource);
          List<Hold> meeting = holds.stream()
              .filter(hold -> window.meets(hold) && !ownHold(request, hold))
              .sorted(Comparator.comparing(Hold::start).thenComparingInt(Hold::unitNo).thenComparingLong(Hold::bookingId))
              .toList();
          conflicts.addAll(holdConflicts(session, resource, demand.quantity(), meeting));
        }
      }
    }
    return conflicts;
  }

  /** The periods whose holds {@link #conflicts} needs to see: each session on each resource, with its buffer. */
  public static List<Window> windows(ScheduleRequest request, Map<String, Resource> resources) {
    List<Window> windows = new ArrayList<>();
    for (Session session : request.sessions()) {
      for (ResourceDemand demand : request.demands()) {
        Resource resource = usable(resources, demand);
        if (resource != null && demand.quantity() <= resource.quantity()) {
          windows.add(window(session, resource));
        }
      }
    }
    return windows;
  }

  private List<Conflict> calendarConflicts(Session session) {
    List<Conflict> conflicts = new ArrayList<>();
    ZonedDateTime start = session.start().atZone(calendar.zone());
    ZonedDateTime end = session.end().atZone(calendar.zone());
    LocalDate day = start.toLocalDate();
    if (session.start().isBefore(now)) {
      conflicts.add(new InThePast(session));
    }
    Optional<String> holiday = calendar.holidayName(day);
    if (holiday.isPresent()) {
      conflicts.add(new Holiday(session, holiday.get()));
    } else if (!calendar.isWorkDay(day.getDayOfWeek())) {
      conflicts.add(new NotAWorkingDay(session));
    }
    if (!end.toLocalDate().equals(day) || start.toLocalTime().isBefore(calendar.opens()) || end.toLocalTime().isAfter(calendar.closes())) {
      conflicts.add(new OutsideOfficeHours(session, calendar.opens(), calendar.closes()));
    }
    return conflicts;
  }

  private static List<Conflict> holdConflicts(Session session, Resource resource, int quantity, List<Hold> holds) {
    Set<Integer> busy = new TreeSet<>();
    holds.forEach(hold -> busy.add(hold.unitNo()));
    int free = resource.quantity() - busy.size();
    if (free >= quantity) {
      return List.of();
    }
    Map<Long, Hold> byBooking = new LinkedHashMap<>();
    holds.forEach(hold -> byBooking.putIfAbsent(hold.bookingId(), hold));
    if (resource.quantity() > 1) {
      return List.of(new UnitsTaken(session, resource, quantity, Math.max(free, 0), List.copyOf(byBooking.values())));
    }
    return byBooking.values().stream()
        .map(hold -> resource.kind() == ResourceKind.SPEAKER
            ? (Conflict) new SpeakerBusy(session, resource, hold)
            : new Booked(session, resource, hold))
        .toList();
  }

  private static Resource usable(Map<String, Resource> resources, ResourceDemand demand) {
    Resource resource = resources.get(demand.resourceId());
    return resource != null && resource.active() ? resource : null;
  }

  private static Window window(Session session, Resource resource) {
    return new Window(resource.id(), session.start().minus(resource.buffer()), session.end().plus(resource.buffer()));
  }

  private static boolean ownHold(ScheduleRequest request, Hold hold) {
    return request.activityNumber() != null && request.activityNumber().equals(hold.activityNumber());
  }
}
