package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import id.go.mojokertokab.asiek.schedule.Conflict.Kind;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository.UnitHold;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a request against the calendar and every resource at once, and holds its bookings when nothing conflicts. A
 * booking that a concurrent transaction took first (PostgreSQL's exclusion constraint) becomes a normal conflict.
 */
@Service
public class ScheduleService {

  /** PostgreSQL's SQLSTATE for exclusion_violation. */
  static final String EXCLUSION_VIOLATION = "23P01";
  /**
   * deadlock_detected: two bookings whose new holds overlap each wait for the other's check of the exclusion constraint;
   * PostgreSQL aborts one statement, which is then a race lost like an exclusion violation.
   */
  static final String DEADLOCK_DETECTED = "40P01";
  private static final int ATTEMPTS = 5;
  private static final int PROPOSAL_SEARCH_DAYS = 30;

  private final ScheduleRepository repository;
  private final OfficeCalendar calendar;
  private final CalendarProperties hours;
  private final TransactionTemplate savepoint;

  ScheduleService(ScheduleRepository repository, OfficeCalendar calendar, PlatformTransactionManager transactions) {
    this.repository = repository;
    this.calendar = calendar;
    this.hours = calendar.properties();
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Replaces the activity's bookings by the request's, in the caller's transaction, or leaves them untouched and
   * reports every conflict with the nearest free slot.
   */
  public ScheduleOutcome reserve(ScheduleRequest request, String user) {
    for (int attempt = 1; ; attempt++) {
      Map<String, Resource> resources = resources(request);
      repository.lockForBooking(resources.keySet());
      List<Conflict> conflicts = check(request, resources);
      if (!conflicts.isEmpty()) {
        return new ScheduleOutcome(List.of(), conflicts, proposal(request, resources));
      }
      try {
        List<Booking> held = savepoint.execute(status -> hold(request, resources, user));
        return new ScheduleOutcome(held, List.of(), Optional.empty());
      } catch (DataAccessException | TakenMeanwhile e) {
        boolean race = e instanceof TakenMeanwhile || isExclusionViolation(e) || hasSqlState(e, DEADLOCK_DETECTED);
        if (!race || attempt == ATTEMPTS) {
          if (race) {
            return new ScheduleOutcome(List.of(), List.of(new Conflict(Kind.BOOKED, null,
                "Sumber daya yang diminta baru saja dipesan oleh kegiatan lain pada saat yang sama. Silakan periksa ulang jadwal.")),
                Optional.empty());
          }
          throw e;
        }
        // a concurrent booking won the race (it committed between our check and our insert): check again, now seeing it
      }
    }
  }

  /** Every conflict of the request, in the order of its sessions. Own bookings of the activity do not count. */
  public List<Conflict> check(ScheduleRequest request) {
    return check(request, resources(request));
  }

  public int release(String activityNumber) {
    return repository.deleteBookingsOf(activityNumber);
  }

  public ActivitySchedule scheduleOf(String activityNumber) {
    Map<String, Resource> resources = new LinkedHashMap<>();
    repository.resources().forEach(r -> resources.put(r.id(), r));
    return ActivitySchedule.of(activityNumber, repository.bookingsOf(activityNumber), resources);
  }

  public int nextRevision(String activityNumber) {
    return repository.nextRevision(activityNumber);
  }

  /** Books one resource for another office event; the outcome says why not when it conflicts. */
  public ScheduleOutcome bookSingle(String resourceId, Session period, int quantity, String title, String user) {
    ScheduleRequest request = new ScheduleRequest(null, title, List.of(period), List.of(new ResourceDemand(resourceId, quantity)), null);
    return reserve(request, user);
  }

  private List<Booking> hold(ScheduleRequest request, Map<String, Resource> resources, String user) {
    if (request.activityNumber() != null) {
      repository.deleteBookingsOf(request.activityNumber());
    }
    Instant now = Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime());
    List<Booking> held = new ArrayList<>();
    for (ResourceDemand demand : request.demands()) {
      Resource resource = resources.get(demand.resourceId());
      List<Long> bookingIds = new ArrayList<>();
      for (Session session : request.sessions()) {
        String title = request.title() + (request.activityNumber() == null ? "" : " – " + session.type().label());
        bookingIds.add(repository.insertBooking(resource.id(), session.start(), session.end(), demand.quantity(),
            request.activityNumber(), request.activityNumber() == null ? null : session.type(), title, user, now));
      }
      // One activity does not need set-up and cleaning between its own sessions in the same place: sessions whose
      // windows touch share one block of units.
      for (Block block : blocks(request.sessions(), resource)) {
        Set<Integer> busy = new TreeSet<>();
        repository.overlapping(resource.id(), block.from(), block.until(), request.activityNumber()).forEach(h -> busy.add(h.unitNo()));
        int taken = 0;
        for (int unit = 1; unit <= resource.quantity() && taken < demand.quantity(); unit++) {
          if (!busy.contains(unit)) {
            repository.insertUnit(bookingIds.get(block.firstSession()), resource.id(), unit, block.from(), block.until());
            taken++;
          }
        }
        if (taken < demand.quantity()) {
          throw new TakenMeanwhile(resource.id());
        }
      }
      bookingIds.forEach(id -> held.add(repository.booking(id).orElseThrow()));
    }
    return held;
  }

  /** Units that were free at the check were taken by a transaction that committed since: the savepoint is rolled back. */
  static final class TakenMeanwhile extends RuntimeException {
    TakenMeanwhile(String resourceId) {
      super("units of " + resourceId + " were taken by a concurrent booking", null, false, false);
    }
  }

  /** A stretch of time a resource is held for consecutive sessions, with its buffer before and after. */
  record Block(int firstSession, Instant from, Instant until) {}

  static List<Block> blocks(List<Session> sessions, Resource resource) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparing(i -> sessions.get(i).start()));
    List<Block> blocks = new ArrayList<>();
    for (int i : order) {
      Instant from = sessions.get(i).start().minus(resource.buffer());
      Instant until = sessions.get(i).end().plus(resource.buffer());
      Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && !from.isAfter(last.until())) {
        blocks.set(blocks.size() - 1, new Block(last.firstSession(), last.from(), until.isAfter(last.until()) ? until : last.until()));
      } else {
        blocks.add(new Block(i, from, until));
      }
    }
    return blocks;
  }

  private Map<String, Resource> resources(ScheduleRequest request) {
    Map<String, Resource> found = new LinkedHashMap<>();
    for (ResourceDemand demand : request.demands()) {
      repository.resource(demand.resourceId()).filter(Resource::active).ifPresent(r -> found.put(r.id(), r));
    }
    return found;
  }

  private List<Conflict> check(ScheduleRequest request, Map<String, Resource> resources) {
    List<Conflict> conflicts = new ArrayList<>();
    for (ResourceDemand demand : request.demands()) {
      Resource resource = resources.get(demand.resourceId());
      if (resource == null) {
        conflicts.add(new Conflict(Kind.UNKNOWN_RESOURCE, demand.resourceId(),
            "Sumber daya \"" + demand.resourceId() + "\" tidak dikenal atau tidak aktif."));
      } else if (demand.quantity() > resource.quantity()) {
        conflicts.add(new Conflict(Kind.NOT_ENOUGH_UNITS, resource.id(), resource.name() + ": diminta " + demand.quantity()
            + ", padahal dinas hanya memiliki " + resource.quantity() + "."));
      } else if (resource.kind() == ResourceKind.ROOM && resource.seats() != null && request.participants() != null
          && request.participants() > resource.seats()) {
        conflicts.add(new Conflict(Kind.TOO_FEW_SEATS, resource.id(), resource.name() + " hanya memuat " + resource.seats()
            + " orang, sedangkan kapasitas peserta " + request.participants() + " orang."));
      }
    }
    // Every (session, resource) window is asked in one go; the answers come back in the same order.
    record Ask(int session, Resource resource, int quantity) {}
    List<Ask> asks = new ArrayList<>();
    List<ScheduleRepository.Window> windows = new ArrayList<>();
    for (int i = 0; i < request.sessions().size(); i++) {
      Session session = request.sessions().get(i);
      for (ResourceDemand demand : request.demands()) {
        Resource resource = resources.get(demand.resourceId());
        if (resource != null && demand.quantity() <= resource.quantity()) {
          asks.add(new Ask(i, resource, demand.quantity()));
          windows.add(new ScheduleRepository.Window(resource.id(), session.start().minus(resource.buffer()), session.end().plus(resource.buffer())));
        }
      }
    }
    List<List<UnitHold>> holds = repository.overlapping(windows, request.activityNumber());
    for (int i = 0; i < request.sessions().size(); i++) {
      Session session = request.sessions().get(i);
      conflicts.addAll(calendarConflicts(session));
      for (int a = 0; a < asks.size(); a++) {
        if (asks.get(a).session() == i) {
          conflicts.addAll(bookingConflicts(session, asks.get(a).resource(), asks.get(a).quantity(), holds.get(a)));
        }
      }
    }
    return conflicts;
  }

  private List<Conflict> calendarConflicts(Session session) {
    List<Conflict> conflicts = new ArrayList<>();
    ZonedDateTime start = session.start().atZone(hours.zone());
    ZonedDateTime end = session.end().atZone(hours.zone());
    LocalDate day = start.toLocalDate();
    String what = "Sesi " + session.type().label() + " pada " + calendar.formatPeriod(session.start(), session.end());
    if (session.start().isBefore(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()))) {
      conflicts.add(new Conflict(Kind.IN_THE_PAST, null, what + " sudah lewat."));
    }
    Optional<String> holiday = calendar.holidayName(day);
    if (holiday.isPresent()) {
      conflicts.add(new Conflict(Kind.HOLIDAY, null, what + " jatuh pada hari libur (" + holiday.get() + ")."));
    } else if (!hours.workDays().contains(day.getDayOfWeek())) {
      conflicts.add(new Conflict(Kind.NOT_A_WORKING_DAY, null, what + " jatuh pada hari yang bukan hari kerja."));
    }
    if (!end.toLocalDate().equals(day) || start.toLocalTime().isBefore(hours.opens()) || end.toLocalTime().isAfter(hours.closes())) {
      conflicts.add(new Conflict(Kind.OUTSIDE_OFFICE_HOURS, null, what + " berada di luar jam kantor ("
          + calendar.formatTime(hours.opens()) + "–" + calendar.formatTime(hours.closes()) + ")."));
    }
    return conflicts;
  }

  private List<Conflict> bookingConflicts(Session session, Resource resource, int quantity, List<UnitHold> holds) {
    Set<Integer> busy = new TreeSet<>();
    holds.forEach(h -> busy.add(h.unitNo()));
    int free = resource.quantity() - busy.size();
    if (free >= quantity) {
      return List.of();
    }
    Map<Long, UnitHold> byBooking = new LinkedHashMap<>();
    holds.forEach(h -> byBooking.putIfAbsent(h.bookingId(), h));
    String buffer = resource.bufferMinutes() > 0
        ? " (termasuk waktu persiapan dan pembersihan " + resource.bufferMinutes() + " menit)" : "";
    List<Conflict> conflicts = new ArrayList<>();
    if (resource.quantity() == 1) {
      for (UnitHold hold : byBooking.values()) {
        String period = calendar.formatPeriod(hold.start(), hold.end());
        conflicts.add(resource.kind() == ResourceKind.SPEAKER
            ? new Conflict(Kind.SPEAKER_BUSY, resource.id(), "Narasumber " + resource.name() + " sudah dijadwalkan untuk \""
                + hold.title() + "\" pada " + period + ", bentrok dengan sesi " + session.type().label() + ".")
            : new Conflict(Kind.BOOKED, resource.id(), resource.name() + " sudah dipakai untuk \"" + hold.title() + "\" pada "
                + period + buffer + ", bentrok dengan sesi " + session.type().label() + " "
                + calendar.formatPeriod(session.start(), session.end()) + "."));
      }
    } else {
      Set<String> users = new LinkedHashSet<>();
      byBooking.values().forEach(h -> users.add("\"" + h.title() + "\" (" + calendar.formatPeriod(h.start(), h.end()) + ")"));
      conflicts.add(new Conflict(Kind.NOT_ENOUGH_UNITS, resource.id(), resource.name() + ": diminta " + quantity + ", tersedia "
          + Math.max(free, 0) + " dari " + resource.quantity() + " untuk sesi " + session.type().label() + " "
          + calendar.formatPeriod(session.start(), session.end()) + "; sedang dipakai untuk " + String.join(", ", users) + "."));
    }
    return conflicts;
  }

  /** The nearest shift of all sessions by whole working days, same times, that conflicts with nothing. */
  private Optional<List<Session>> proposal(ScheduleRequest request, Map<String, Resource> resources) {
    if (resources.size() < request.demands().size() || request.sessions().isEmpty()) {
      return Optional.empty();
    }
    List<Conflict> original = check(request, resources);
    if (original.stream().anyMatch(c -> c.kind() == Kind.OUTSIDE_OFFICE_HOURS || c.kind() == Kind.TOO_FEW_SEATS
        || c.kind() == Kind.UNKNOWN_RESOURCE || (c.kind() == Kind.NOT_ENOUGH_UNITS && c.message().contains("padahal")))) {
      return Optional.empty();
    }
    Instant now = Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime());
    WorkingCalendar days = calendar.from(now.minus(java.time.Duration.ofDays(PROPOSAL_SEARCH_DAYS * 2L)));
    for (int shift = 1; shift <= PROPOSAL_SEARCH_DAYS; shift++) {
      for (int direction : new int[] {1, -1}) {
        List<Session> moved = shift(request.sessions(), shift * direction, days);
        if (moved == null || moved.get(0).start().isBefore(now)) {
          continue;
        }
        if (check(request.withSessions(moved), resources).isEmpty()) {
          return Optional.of(moved);
        }
      }
    }
    return Optional.empty();
  }

  private List<Session> shift(List<Session> sessions, int workingDays, WorkingCalendar days) {
    List<Session> moved = new ArrayList<>();
    for (Session session : sessions) {
      ZonedDateTime start = session.start().atZone(hours.zone());
      LocalDate day = start.toLocalDate();
      for (int i = 0; i < Math.abs(workingDays); i++) {
        day = workingDays > 0 ? days.nextWorkingDay(day) : previousWorkingDay(day, days);
        if (day == null) {
          return null;
        }
      }
      moved.add(session.shiftedTo(start.with(day).toInstant()));
    }
    return moved;
  }

  private static LocalDate previousWorkingDay(LocalDate before, WorkingCalendar days) {
    LocalDate day = before.minusDays(1);
    for (int i = 0; i < 14; i++, day = day.minusDays(1)) {
      if (days.isWorkingDay(day)) {
        return day;
      }
    }
    return null;
  }

  static boolean isExclusionViolation(Throwable e) {
    return hasSqlState(e, EXCLUSION_VIOLATION);
  }

  private static boolean hasSqlState(Throwable e, String state) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
