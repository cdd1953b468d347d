package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendCertificates: mails each participant who attended and has an address their certificate, each mail once (a
 * retry after an SMTP failure sends only the ones not sent yet); reads activityNumber.
 */
@Component
class SendCertificatesDelegate implements JavaDelegate {

  private final AttendanceDesk attendance;
  private final Certificates certificates;
  private final ActivityRepository activities;
  private final MailService mail;

  SendCertificatesDelegate(AttendanceDesk attendance, Certificates certificates, ActivityRepository activities, MailService mail) {
    this.attendance = attendance;
    this.certificates = certificates;
    this.activities = activities;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Activity activity = activities.get(Vars.ACTIVITY_NUMBER.require(execution));
    Map<String, Certificate> byParticipant = certificates.of(activity.activityNumber()).stream().filter(c -> c.participantRef() != null)
        .collect(Collectors.toMap(Certificate::participantRef, Function.identity()));
    for (Participant participant : attendance.attended(activity.activityNumber())) {
      Certificate certificate = byParticipant.get(CertificateMails.reference(participant));
      if (certificate != null && participant.email() != null && !participant.email().isBlank()) {
        mail.sendOnce(CertificateMails.certificate(participant, certificate, activity, certificates.verificationUrl(certificate),
            certificates.pdf(certificate)));
      }
    }
  }
}
