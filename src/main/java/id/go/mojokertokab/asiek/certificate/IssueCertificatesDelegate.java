package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.document.DocumentStore;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueCertificates: one certificate for each participant checked in on at least one day, none twice; reads
 * activityNumber. Only our tables: it commits with the step before it, before any certificate is mailed.
 */
@Component
record IssueCertificatesDelegate(AttendanceDesk attendance, Certificates certificates) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String number = Vars.ACTIVITY_NUMBER.require(execution);
    for (Participant participant : attendance.attended(number)) {
      certificates.issue(participant, DocumentStore.APPLICATION);
    }
  }
}
