package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The recipients of the mails to all participants, as the collections of their multi-instance send tasks
 * ({@code ${participantMailings.afterListFixed(execution)}}, {@code ${participantMailings.afterCancellation(execution)}}):
 * the registrations' ids, never their names, addresses or codes, since the engine keeps element variables in its history.
 */
@Component
public class ParticipantMailings {

  private final ParticipantNotices notices;

  ParticipantMailings(ParticipantNotices notices) {
    this.notices = notices;
  }

  public List<Long> afterListFixed(DelegateExecution execution) {
    return notices.listFixedRecipients(Vars.ACTIVITY_NUMBER.get(execution));
  }

  public List<Long> afterCancellation(DelegateExecution execution) {
    return notices.cancellationRecipients(Vars.ACTIVITY_NUMBER.get(execution));
  }
}
