package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * /api for what the office writes about an activity, usable before the process steps that will call the same services:
 * the report as a draft PDF, the approved report kept as a document, and the disposition sheet made from the KADIS's
 * recorded disposition.
 */
@RestController
record ReportsApi(ActivityReports reports, DispositionSheets sheets, ActivityRepository activities, ProcessHistory history) {

  static final List<String> REPORTERS = List.of(Lanes.BIDANG_PENGEMBANGAN, Lanes.KADIS);

  private void requireActivity(String number) {
    activities.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan dengan nomor " + number + "."));
  }

  /** Approving the report needs its narrative, as the review form does (ReviewActivityReportRules). */
  record Approval(@NotBlank(message = "wajib diisi untuk menyetujui laporan.") @Size(max = 10000, message = "paling banyak 10000 karakter.") String narasi,
      @Size(max = 4000, message = "paling banyak 4000 karakter.") String kesimpulan) {}

  @GetMapping("/api/kegiatan/{number}/laporan.pdf")
  ResponseEntity<byte[]> draft(@PathVariable String number) {
    requireActivity(number);
    return pdf("laporan-draf-" + number + ".pdf", reports.render(number, Narrative.NONE));
  }

  @PostMapping("/api/kegiatan/{number}/laporan")
  ResponseEntity<Map<String, String>> approve(@PathVariable String number, @Valid @RequestBody Approval body,
      @AuthenticationPrincipal StaffUser user) {
    requireActivity(number);
    Document report = reports.store(number, new Narrative(blankToNull(body.narasi()), blankToNull(body.kesimpulan()), user.id()));
    return created(report);
  }

  @PostMapping("/api/kegiatan/{number}/lembar-disposisi")
  ResponseEntity<Map<String, String>> dispositionSheet(@PathVariable String number) {
    requireActivity(number);
    if (history.disposition(activities.get(number).processInstanceId()).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "KADIS belum mendisposisi permohonan " + number + ".");
    }
    return created(sheets.storeFromHistory(number));
  }

  private static ResponseEntity<Map<String, String>> created(Document document) {
    String link = "/api/dokumen/" + document.id();
    return ResponseEntity.created(URI.create(link)).body(Map.of("id", document.id(), "jenis", document.kind().name(),
        "namaBerkas", document.fileName(), "sha256", document.sha256(), "tautan", link));
  }

  private static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Bean
  static ApiAccess.Rules reportAccess() {
    return ApiAccess.rules(
        ApiAccess.lanes(HttpMethod.GET, "/api/kegiatan/{number}/laporan.pdf", "membuka laporan kegiatan", REPORTERS),
        ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/laporan", "menyetujui laporan kegiatan",
            List.of(Lanes.BIDANG_PENGEMBANGAN)),
        ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/lembar-disposisi", "membuat lembar disposisi",
            List.of(Lanes.KADIS, Lanes.AGENDARIS_SURAT)));
  }
}
