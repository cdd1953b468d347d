package id.go.mojokertokab.asiek.participant;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages of an activity's participants (lanes of {@link ParticipantAccess}): the registrations with their status,
 * closing registration early (the analyst), one person's data as JSON, and erasure on request.
 */
@Controller
record ParticipantPages(RegistrationDesk desk, AttendanceDesk attendance, PersonalData personalData,
    ActivityRepository activities, OfficeCalendar calendar, MailProperties mail, ObjectMapper json, Clock clock) {

  private static final Map<String, String> MESSAGES = Map.of(
      "ditutup", "Pendaftaran telah ditutup; tugas penetapan daftar peserta muncul di Tasklist JF Pustakawan.",
      "sudah-tutup", "Pendaftaran sudah ditutup sebelumnya.",
      "dihapus", "Data pribadi peserta telah dihapus; jumlah kehadirannya tetap tercatat.",
      "tidak-dihapus", "Tidak ada data yang dihapus: kode tidak dikenal atau datanya sudah dihapus sebelumnya.");



  /** One activity in the list of activities with registration. */
  record Row(RegistrationWindow window, String institution, long confirmed, long waiting) {}

  @GetMapping("/staf/kegiatan")
  String activities(Model model) {
    model.addAttribute("kegiatan", desk.windows().stream().map(w -> new Row(w,
        activities.find(w.activityNumber()).map(a -> a.institutionName()).orElse("-"),
        desk.count(w.activityNumber(), ParticipantStatus.CONFIRMED), desk.count(w.activityNumber(), ParticipantStatus.WAITING))).toList());
    model.addAttribute("tanggal", (java.util.function.Function<java.time.LocalDate, String>) calendar::formatDay);
    return "staf/kegiatan";
  }

  @GetMapping("/staf/kegiatan/{number}/peserta")
  String participants(@PathVariable String number, @RequestParam(required = false) String pesan,
      @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response) {
    Optional<RegistrationWindow> window = desk.window(number);
    if (window.isEmpty()) {
      return notFound(response, model);
    }
    RegistrationWindow w = window.get();
    List<Participant> all = desk.participants(number);
    model.addAttribute("kegiatan", activities.get(number));
    model.addAttribute("jendela", w);
    model.addAttribute("terbuka", w.isOpen(clock.instant()));
    model.addAttribute("tautan", mail.publicUrl() + "/daftar/" + w.token());
    model.addAttribute("peserta", all);
    model.addAttribute("nomorTunggu", (java.util.function.Function<Participant, Integer>) desk::waitingPlace);
    model.addAttribute("jumlah", java.util.Arrays.stream(ParticipantStatus.values())
        .collect(java.util.stream.Collectors.toMap(Enum::name, s -> all.stream().filter(p -> p.status() == s).count())));
    model.addAttribute("hari", attendance.days(number));
    model.addAttribute("tanggal", (java.util.function.Function<java.time.LocalDate, String>) calendar::formatDay);
    model.addAttribute("bisaTutup", user.inAny(List.of(Lanes.ANALIS_KERJASAMA)) && w.isOpen(clock.instant()));
    model.addAttribute("bisaUbahJadwal", user.inAny(Lanes.RESCHEDULERS) && w.cancelledAt() == null);
    model.addAttribute("bisaHapus", user.inAny(List.of(Lanes.JF_PUSTAKAWAN, Lanes.BIDANG_PENGEMBANGAN)));
    model.addAttribute("disimpanSampai", calendar.formatDay(personalData.retainedUntil(number)));
    model.addAttribute("catatanHapus", personalData.records(number));
    model.addAttribute("pesan", pesan == null ? null : MESSAGES.get(pesan));
    return "staf/peserta";
  }

  @GetMapping("/staf/kegiatan/{number}/peserta/{code}/data.json")
  ResponseEntity<byte[]> export(@PathVariable String number, @PathVariable String code) throws IOException {
    Optional<Map<String, Object>> data = personalData.export(number, code);
    if (data.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("data-peserta-" + number + "-" + code + ".json").build().toString())
        .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data.get()));
  }

  @PostMapping("/staf/kegiatan/{number}/peserta/{code}/hapus")
  String erase(@PathVariable String number, @PathVariable String code, @AuthenticationPrincipal StaffUser user) {
    boolean erased = desk.window(number).isPresent() && personalData.erase(number, code, user.id());
    return "redirect:/staf/kegiatan/" + number + "/peserta?pesan=" + (erased ? "dihapus" : "tidak-dihapus");
  }

  @PostMapping("/staf/kegiatan/{number}/pendaftaran/tutup")
  String closeEarly(@PathVariable String number, @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response) {
    if (desk.window(number).isEmpty()) {
      return notFound(response, model);
    }
    return "redirect:/staf/kegiatan/" + number + "/peserta?pesan=" + (desk.closeEarly(number, user.id()) ? "ditutup" : "sudah-tutup");
  }

  static String notFound(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("pesan", "Kegiatan ini tidak ada atau belum membuka pendaftaran peserta.");
    return "staf/ditolak";
  }
}
