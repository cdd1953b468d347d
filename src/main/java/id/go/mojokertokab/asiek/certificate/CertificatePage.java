package id.go.mojokertokab.asiek.certificate;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * /sertifikat/{kode}, public (the QR code on a certificate leads here): confirms a code with the participant's name,
 * the activity and its days as the certificate prints them, and nothing else. Not indexed by search engines; an unknown
 * code is a 404.
 */
@Controller
record CertificatePage(Certificates certificates) {

  @GetMapping("/sertifikat/{code}")
  String verify(@PathVariable String code, Model model, HttpServletResponse response) {
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    response.setHeader("Cache-Control", "no-store");
    Optional<Certificate> found = certificates.find(code);
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("kode", code);
      return "publik/sertifikat-tidak-ada";
    }
    Certificate certificate = found.get();
    model.addAttribute("nama", certificate.participantName());
    model.addAttribute("kegiatan", certificate.activityTitle());
    model.addAttribute("tanggal", certificate.days());
    model.addAttribute("kode", certificate.code());
    return "publik/sertifikat";
  }
}
