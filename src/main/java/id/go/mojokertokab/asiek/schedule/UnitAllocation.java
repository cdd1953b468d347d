package id.go.mojokertokab.asiek.schedule;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which units of a resource a booking holds, and how a hold loses a race: the units are chosen from the holds a check
 * read (or reads them again), in blocks of sessions that share their set-up and cleaning. {@link ReservationService}
 * and {@link SessionMoves} hold through it; a race lost is theirs to retry.
 */
@Component
class UnitAllocation {

  /** PostgreSQL's SQLSTATE for exclusion_violation. */
  static final String EXCLUSION_VIOLATION = "23P01";
  /**
   * deadlock_detected: two bookings whose new holds overlap each wait for the other's check of the exclusion constraint;
   * PostgreSQL aborts one statement, which is then a race lost like an exclusion violation.
   */
  static final String DEADLOCK_DETECTED = "40P01";
  /** How often a booking that lost a race to something bypassing the lock checks again before giving up. */
  static final int ATTEMPTS = 5;

  private final ScheduleRepository repository;
  private final ConflictCheckQuery query;

  UnitAllocation(ScheduleRepository repository, ConflictCheckQuery query) {
    this.repository = repository;
    this.query = query;
  }

  /**
   * Holds {@code quantity} units of the resource for the sessions, whose bookings are {@code bookingIds} (same order),
   * reading which units are busy. One activity does not need set-up and cleaning between its own sessions in the same
   * place: sessions whose windows touch share one block of units.
   *
   * @throws UnitsGone when a concurrent booking took units that the check had found free
   */
  void hold(Resource resource, int quantity, List<Session> sessions, List<Long> bookingIds, String activityNumber) {
    hold(resource, quantity, sessions, bookingIds,
        block -> query.overlapping(block.resourceId(), block.from(), block.until(), activityNumber));
  }

  /** {@link #hold}, choosing units that {@code holds} (at least those meeting the blocks, as a check read them) leave free. */
  void hold(Resource resource, int quantity, List<Session> sessions, List<Long> bookingIds, List<Hold> holds) {
    hold(resource, quantity, sessions, bookingIds, block -> holds.stream().filter(block::meets).toList());
  }

  private void hold(Resource resource, int quantity, List<Session> sessions, List<Long> bookingIds,
      Function<Window, List<Hold>> holdsMeeting) {
    for (Block block : blocks(sessions, resource)) {
      Set<Integer> busy = new TreeSet<>();
      holdsMeeting.apply(new Window(resource.id(), block.from(), block.until())).forEach(h -> busy.add(h.unitNo()));
      List<Integer> free = new ArrayList<>();
      for (int unit = 1; unit <= resource.quantity() && free.size() < quantity; unit++) {
        if (!busy.contains(unit)) {
          free.add(unit);
        }
      }
      if (free.size() < quantity) {
        throw new UnitsGone(resource.id());
      }
      repository.insertUnits(bookingIds.get(block.firstSession()), resource.id(), free, block.from(), block.until());
    }
  }

  /** Units that were free at the check were taken by a transaction that committed since: the savepoint is rolled back. */
  static final class UnitsGone extends RuntimeException {
    UnitsGone(String resourceId) {
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
    order.sort(Comparator.comparing(i -> sessions.get(i).start()));
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

  /**
   * Whether a failed hold lost a race (units gone, an exclusion violation, a deadlock between two inserts), to be
   * checked again, rather than failed.
   */
  static boolean lostRace(RuntimeException e) {
    return e instanceof UnitsGone || (e instanceof DataAccessException
        && (hasSqlState(e, EXCLUSION_VIOLATION) || hasSqlState(e, DEADLOCK_DETECTED)));
  }

  static boolean isExclusionViolation(Throwable e) {
    return hasSqlState(e, EXCLUSION_VIOLATION);
  }

  static boolean hasSqlState(Throwable e, String state) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
