package id.go.mojokertokab.asiek.schedule;

import java.time.LocalTime;
import java.util.List;

/**
 * One reason a request cannot be booked, with what a sentence about it needs; {@link ConflictMessages} writes the
 * sentence. {@link #solvedByAnotherDay()} says whether moving the sessions to other working days could remove it.
 */
public sealed interface Conflict {

  enum Kind {
    BOOKED,
    NOT_ENOUGH_UNITS,
    SPEAKER_BUSY,
    HOLIDAY,
    NOT_A_WORKING_DAY,
    OUTSIDE_OFFICE_HOURS,
    IN_THE_PAST,
    TOO_FEW_SEATS,
    UNKNOWN_RESOURCE
  }

  Kind kind();

  /** The resource concerned; null for the calendar's conflicts and a lost race. */
  default String resourceId() {
    return null;
  }

  default boolean solvedByAnotherDay() {
    return true;
  }

  /** No active resource has this id: no day helps. */
  record UnknownResource(String resourceId) implements Conflict {
    public Kind kind() {
      return Kind.UNKNOWN_RESOURCE;
    }

    public boolean solvedByAnotherDay() {
      return false;
    }
  }

  /** More units asked for than the office owns at all: no day helps. */
  record MoreThanOwned(Resource resource, int requested) implements Conflict {
    public Kind kind() {
      return Kind.NOT_ENOUGH_UNITS;
    }

    public String resourceId() {
      return resource.id();
    }

    public boolean solvedByAnotherDay() {
      return false;
    }
  }

  /** More participants than the room seats: no day helps. */
  record TooFewSeats(Resource room, int participants) implements Conflict {
    public Kind kind() {
      return Kind.TOO_FEW_SEATS;
    }

    public String resourceId() {
      return room.id();
    }

    public boolean solvedByAnotherDay() {
      return false;
    }
  }

  /** The session starts before opening, ends after closing or runs past midnight: the same hours fail on any day. */
  record OutsideOfficeHours(Session session, LocalTime opens, LocalTime closes) implements Conflict {
    public Kind kind() {
      return Kind.OUTSIDE_OFFICE_HOURS;
    }

    public boolean solvedByAnotherDay() {
      return false;
    }
  }

  record InThePast(Session session) implements Conflict {
    public Kind kind() {
      return Kind.IN_THE_PAST;
    }
  }

  record Holiday(Session session, String name) implements Conflict {
    public Kind kind() {
      return Kind.HOLIDAY;
    }
  }

  /** A weekend, or another day outside the office's work days. */
  record NotAWorkingDay(Session session) implements Conflict {
    public Kind kind() {
      return Kind.NOT_A_WORKING_DAY;
    }
  }

  /** A room or a single piece of equipment already held, buffer included, by {@code holder}. */
  record Booked(Session session, Resource resource, Hold holder) implements Conflict {
    public Kind kind() {
      return Kind.BOOKED;
    }

    public String resourceId() {
      return resource.id();
    }
  }

  record SpeakerBusy(Session session, Resource speaker, Hold holder) implements Conflict {
    public Kind kind() {
      return Kind.SPEAKER_BUSY;
    }

    public String resourceId() {
      return speaker.id();
    }
  }

  /** Fewer units of a pool free during the session than requested; {@code holders} hold the others, one per booking. */
  record UnitsTaken(Session session, Resource resource, int requested, int free, List<Hold> holders) implements Conflict {
    public UnitsTaken {
      holders = List.copyOf(holders);
    }

    public Kind kind() {
      return Kind.NOT_ENOUGH_UNITS;
    }

    public String resourceId() {
      return resource.id();
    }
  }

  /** A concurrent booking took what the check had found free; checking again will name it. */
  record TakenMeanwhile() implements Conflict {
    public Kind kind() {
      return Kind.BOOKED;
    }
  }
}
