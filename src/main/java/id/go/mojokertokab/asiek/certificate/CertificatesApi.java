package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.api.OneLine;
import id.go.mojokertokab.asiek.api.Problems;
import id.go.mojokertokab.asiek.certificate.Certificates.Issuance;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * /api for certificates: issue one to a participant of an activity, named by their participant code and decided on the
 * attendance records (201 issued now, 200 the one they hold; 400 for a code of no participant, 422 for one who came on no
 * day, both naming the field and writing nothing), list an activity's, and the PDF of one.
 */
@RestController
class CertificatesApi {

  /** JF Pustakawan runs registration and attendance; Bidang Pengembangan owns the activity. */
  static final List<String> ISSUERS = List.of(Lanes.JF_PUSTAKAWAN, Lanes.BIDANG_PENGEMBANGAN);
  static final String PARTICIPANT_CODE = "kodePeserta";

  private final Certificates certificates;
  private final ActivityRepository activities;

  CertificatesApi(Certificates certificates, ActivityRepository activities) {
    this.certificates = certificates;
    this.activities = activities;
  }

  /** {"kodePeserta":"K7M-2QX"}: the code on the participant list and the daftar hadir; a name decides nothing. */
  record IssueRequest(
      @NotBlank(message = "wajib diisi dengan kode peserta dari daftar peserta atau daftar hadir, misalnya K7M-2QX.")
      @Size(max = 20, message = "paling banyak 20 karakter.") @OneLine String kodePeserta) {}

  /** {@code tanggal} and {@code tanggalSelesai}: the workshop's first and last day; {@code hari}: both as the certificate prints them. */
  record CertificateView(String kode, String nama, String kegiatan, LocalDate tanggal, LocalDate tanggalSelesai, String hari,
      String verifikasi, String pdf) {}

  @PostMapping("/api/kegiatan/{number}/sertifikat")
  ResponseEntity<?> issue(@PathVariable String number, @Valid @RequestBody IssueRequest body, @AuthenticationPrincipal StaffUser user) {
    activities.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan dengan nomor " + number + "."));
    Issuance outcome = certificates.issue(number, body.kodePeserta(), user.id());
    if (outcome instanceof Issuance.Issued issued) {
      Certificate certificate = issued.certificate();
      return issued.now()
          ? ResponseEntity.created(URI.create("/api/sertifikat/" + certificate.code() + ".pdf")).body(view(certificate))
          : ResponseEntity.ok(view(certificate));
    }
    if (outcome instanceof Issuance.NotAttended notAttended) {
      Participant participant = notAttended.participant();
      return refusal(HttpStatus.UNPROCESSABLE_ENTITY, participant.fullName() + " (" + participant.displayCode()
          + ") tidak tercatat hadir pada hari mana pun kegiatan " + number + "; sertifikat hanya diterbitkan bagi peserta yang hadir.");
    }
    String typed = ((Issuance.UnknownParticipant) outcome).typedCode();
    return refusal(HttpStatus.BAD_REQUEST, "tidak ada peserta kegiatan " + number + " dengan kode \"" + typed
        + "\". Gunakan kode peserta dari daftar peserta atau daftar hadir, misalnya K7M-2QX.");
  }

  private static ResponseEntity<ProblemDetail> refusal(HttpStatus status, String reason) {
    String sentence = "Kolom \"" + PARTICIPANT_CODE + "\": " + reason;
    ProblemDetail problem = Problems.of(status, sentence);
    problem.setProperty("kolom", Map.of(PARTICIPANT_CODE, sentence));
    return ResponseEntity.status(status).body(problem);
  }

  @GetMapping("/api/kegiatan/{number}/sertifikat")
  List<CertificateView> list(@PathVariable String number) {
    return certificates.of(number).stream().map(this::view).toList();
  }

  @GetMapping("/api/sertifikat/{code}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String code) {
    Certificate certificate = certificates.find(code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Sertifikat " + code + " tidak ditemukan."));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("sertifikat-" + certificate.code() + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(certificates.pdf(certificate));
  }

  private CertificateView view(Certificate c) {
    return new CertificateView(c.code(), c.participantName(), c.activityTitle(), c.activityDate(), c.activityEndDate(), c.days(),
        certificates.verificationUrl(c), "/api/sertifikat/" + c.code() + ".pdf");
  }

  @Configuration(proxyBeanMethods = false)
  static class Access {

    @Bean
    ApiAccess issueCertificates() {
      return ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/sertifikat", "menerbitkan sertifikat", ISSUERS);
    }

    @Bean
    ApiAccess listCertificates() {
      return ApiAccess.lanes(HttpMethod.GET, "/api/kegiatan/{number}/sertifikat", "membuka sertifikat", ISSUERS);
    }

    @Bean
    ApiAccess certificatePdfs() {
      return ApiAccess.lanes(HttpMethod.GET, "/api/sertifikat/**", "membuka sertifikat", ISSUERS);
    }
  }
}
