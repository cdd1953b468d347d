package id.go.mojokertokab.asiek.compliance;

import id.go.mojokertokab.asiek.calendar.DateBounds;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * /staf/laporan/kepatuhan-sop: per SOP row, how many tasks were completed in the period, their median and 90th
 * percentile office time against the waktu, the share completed late and the open tasks already overdue, as a table, a
 * bar chart and a CSV file. For the supervisors who read Cockpit (Cockpit shows it under "Kepatuhan SOP").
 */
@Controller
record ComplianceReportPage(SopCompliance compliance, OfficeCalendar calendar, DateBounds dates, Clock clock) {

  static final String PATH = "/staf/laporan/kepatuhan-sop";
  private static final int MAX_DAYS = 3 * 366;

  @GetMapping(PATH)
  String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(required = false) String lajur, @RequestParam(required = false) boolean tertanam, Model model) {
    SopCompliance.Report report = report(dari, sampai, lajur);
    model.addAttribute("laporan", report);
    model.addAttribute("baris", ComplianceView.rows(report));
    model.addAttribute("dari", report.from());
    model.addAttribute("sampai", report.to());
    model.addAttribute("periode", OfficeCalendar.formatDate(report.from()) + " – " + OfficeCalendar.formatDate(report.to()));
    model.addAttribute("lajur", report.lane() == null ? "" : report.lane());
    model.addAttribute("lajurNama", report.lane() == null ? "semua lajur" : Lanes.name(report.lane()));
    model.addAttribute("semuaLajur", Lanes.ALL);
    model.addAttribute("dibuat", calendar.formatDateTime(report.generated()));
    model.addAttribute("tertanam", tertanam);
    model.addAttribute("csv", PATH + ".csv?dari=" + report.from() + "&sampai=" + report.to() + (report.lane() == null ? "" : "&lajur=" + report.lane()));
    return "staf/kepatuhan-sop";
  }

  @GetMapping(PATH + ".csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(required = false) String lajur) {
    SopCompliance.Report report = report(dari, sampai, lajur);
    String file = "kepatuhan-sop-" + report.from() + "-" + report.to() + (report.lane() == null ? "" : "-" + report.lane()) + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(ComplianceView.csv(report).getBytes(StandardCharsets.UTF_8));
  }

  private SopCompliance.Report report(LocalDate from, LocalDate to, String lane) {
    LocalDate today = LocalDate.now(clock.withZone(calendar.properties().zone()));
    LocalDate until = to == null ? today : to;
    LocalDate since = from == null ? until.minusMonths(12).plusDays(1) : from;
    if (until.isBefore(since) || since.plusDays(MAX_DAYS).isBefore(until) || !dates.accepts(since, today) || !dates.accepts(until, today)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Periode tidak valid: \"dari\" tidak sesudah \"sampai\", paling lama tiga tahun, dalam batas tanggal aplikasi.");
    }
    String group = lane == null || lane.isBlank() ? null : lane.strip().toLowerCase(Locale.ROOT);
    if (group != null && Lanes.ALL.stream().noneMatch(l -> l.groupId().equals(group))) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Lajur \"" + lane + "\" tidak dikenal.");
    }
    return compliance.report(since, until, group, clock.instant());
  }

  /** The report is for the supervisors who read Cockpit (and administrators). */
  @Configuration(proxyBeanMethods = false)
  static class Access {

    @Bean
    ApiAccess complianceReport() {
      return ApiAccess.lanes(HttpMethod.GET, "/staf/laporan/**", "membuka laporan kepatuhan SOP", new ArrayList<>(Lanes.COCKPIT_READERS));
    }
  }
}
