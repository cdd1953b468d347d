package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Rescheduling;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One session moved, as its mails tell it: the invitation's new SEQUENCE, the session's label, its period before and
 * after in the mails' words, why, and who moved it.
 */
public record ScheduleChange(int sequence, String session, String from, String to, String reason, String movedBy) {

  /** The change as the instance of SubProcess_SessionMoved holds it. */
  public static ScheduleChange of(VariableScope scope) {
    return new ScheduleChange(Rescheduling.CHANGE_SEQUENCE.require(scope).intValue(), Rescheduling.MOVED_SESSION.get(scope),
        Rescheduling.MOVED_FROM.get(scope), Rescheduling.MOVED_TO.get(scope), Rescheduling.MOVE_REASON.get(scope),
        Rescheduling.MOVED_BY.get(scope));
  }
}
