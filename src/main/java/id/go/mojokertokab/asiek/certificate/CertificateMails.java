package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import id.go.mojokertokab.asiek.participant.Participant;
import java.util.List;

/** The mail that carries a participant's certificate; its key names the activity and the participant's code. */
final class CertificateMails {

  private CertificateMails() {}

  static OutgoingMail certificate(Participant p, Certificate c, Activity a, String verificationUrl, byte[] pdf) {
    return new OutgoingMail("participant:" + a.activityNumber() + ":" + p.code() + ":certificate", List.of(p.email()),
        "Sertifikat Pustaka ASIEK " + a.activityNumber(), """
        Yth. %s,

        Terima kasih telah mengikuti kegiatan Pustaka ASIEK %s bersama %s pada %s. Sertifikat Anda terlampir (PDF).

        Kode sertifikat: %s
        Keaslian sertifikat dapat diperiksa siapa saja melalui kode QR pada sertifikat atau tautan berikut:
        %s

        Hormat kami,

        Dinas Perpustakaan dan Kearsipan
        Kabupaten Mojokerto
        """.formatted(p.fullName(), a.activityNumber(), a.institutionName(), c.days(), c.code(), verificationUrl),
        List.of(new OutgoingMail.Attachment("sertifikat-" + c.code() + ".pdf", "application/pdf", pdf)));
  }
}
