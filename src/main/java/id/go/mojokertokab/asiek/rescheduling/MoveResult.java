package id.go.mojokertokab.asiek.rescheduling;

import java.util.List;

/** What became of a move: done, or refused with nothing changed. */
sealed interface MoveResult {

  /** The session moved; the invitation sent with it is revision {@code sequence}. */
  record Moved(String activityNumber, int sessionNo, String session, String from, String to, int sequence) implements MoveResult {}

  /** Why nothing changed. */
  enum Reason {
    /** No running activity, or no such session. */
    NOT_FOUND,
    /** The request itself is wrong (a field is named). */
    INVALID,
    /** The schedule, attendance or another booking stands in the way. */
    CONFLICT
  }

  /**
   * Refused: {@code field} names the field concerned (or null), {@code sentence} says why in Indonesian;
   * {@code conflicts} are the conflict check's sentences and {@code proposal} the nearest free slot, when the slot was
   * taken.
   */
  record Refused(Reason reason, String field, String sentence, List<String> conflicts, String proposal) implements MoveResult {

    static Refused of(Reason reason, String field, String sentence) {
      return new Refused(reason, field, sentence, List.of(), null);
    }
  }
}
