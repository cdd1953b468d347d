package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The recipients of the certificate mails, as the collection of the multi-instance Task_SendCertificates
 * ({@code ${certificateMailings.recipients(execution)}}): the ids of the participants who attended, hold a certificate and
 * gave an e-mail address; ids only, since the engine keeps element variables in its history.
 */
@Component
public class CertificateMailings {

  private final AttendanceDesk attendance;
  private final Certificates certificates;

  CertificateMailings(AttendanceDesk attendance, Certificates certificates) {
    this.attendance = attendance;
    this.certificates = certificates;
  }

  public List<Long> recipients(DelegateExecution execution) {
    String number = Vars.ACTIVITY_NUMBER.require(execution);
    Set<String> certified = certificates.of(number).stream().map(Certificate::participantRef).collect(Collectors.toSet());
    return attendance.attended(number).stream()
        .filter(p -> p.email() != null && !p.email().isBlank() && certified.contains(Certificates.reference(p)))
        .map(Participant::id).toList();
  }
}
