package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendCertificates, one instance per recipient of {@link CertificateMailings}: mails that participant their
 * certificate, once (a retried job finds the mail sent and sends nothing); reads activityNumber and participantId.
 */
@Component
record SendCertificatesDelegate(AttendanceDesk attendance, Certificates certificates, ActivityRepository activities,
    MailService mail) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Activity activity = activities.get(Vars.ACTIVITY_NUMBER.require(execution));
    long participantId = Registration.PARTICIPANT_ID.get(execution);
    Participant participant = attendance.attended(activity.activityNumber()).stream().filter(p -> p.id() == participantId)
        .findFirst().orElseThrow(() -> new IllegalStateException("participant " + participantId + " did not attend " + activity.activityNumber()));
    Certificate certificate = certificates.of(activity.activityNumber()).stream()
        .filter(c -> Certificates.reference(participant).equals(c.participantRef())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no certificate for participant " + participantId));
    mail.sendOnce(CertificateMails.certificate(participant, certificate, activity, certificates.verificationUrl(certificate),
        certificates.pdf(certificate)));
  }
}
