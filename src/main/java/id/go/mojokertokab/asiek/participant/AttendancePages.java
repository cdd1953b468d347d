package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * The check-in page of one session day, built for a tablet at the door (Staf Bagian Dokumentasi): type the code from
 * the participant's mail or search the name, add a walk-in with their consent, and download the day's daftar hadir.
 */
@Controller
record AttendancePages(AttendanceDesk attendance, ActivityRepository activities, ConsentText consent, OfficeCalendar calendar) {

  @GetMapping("/staf/kegiatan/{number}/hadir/{day}")
  String page(@PathVariable String number, @PathVariable String day, @RequestParam(required = false) String cari,
      @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response) {
    return render(number, day, cari, null, RegistrationForm.empty(), Map.of(), user, model, response);
  }

  @PostMapping("/staf/kegiatan/{number}/hadir/{day}/kode")
  String checkIn(@PathVariable String number, @PathVariable String day, @RequestParam(defaultValue = "") String kode,
      @RequestParam(required = false) String cari, @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response) {
    Optional<LocalDate> date = date(day);
    if (date.isEmpty() || attendance.day(number, date.get()).isEmpty()) {
      return ParticipantPages.notFound(response, model);
    }
    CheckIn result = attendance.checkIn(number, date.get(), kode, user.id());
    if (!(result instanceof CheckIn.CheckedIn) && !(result instanceof CheckIn.AlreadyIn)) {
      response.setStatus(422);
    }
    return render(number, day, cari, result, RegistrationForm.empty(), Map.of(), user, model, response);
  }

  @PostMapping("/staf/kegiatan/{number}/hadir/{day}/baru")
  String walkIn(@PathVariable String number, @PathVariable String day, @RequestParam(defaultValue = "") String fullName,
      @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String affiliation,
      @RequestParam(defaultValue = "false") boolean consent, @AuthenticationPrincipal StaffUser user, Model model,
      HttpServletResponse response) {
    Optional<LocalDate> date = date(day);
    if (date.isEmpty() || attendance.day(number, date.get()).isEmpty()) {
      return ParticipantPages.notFound(response, model);
    }
    RegistrationForm form = new RegistrationForm(fullName, address, phone, email, affiliation, consent);
    CheckIn result = attendance.walkIn(number, date.get(), form, user.id());
    if (result instanceof CheckIn.CheckedIn) {
      return render(number, day, null, result, RegistrationForm.empty(), Map.of(), user, model, response);
    }
    response.setStatus(422);
    return render(number, day, null, result, form, result instanceof CheckIn.Refused refused ? refused.problems() : Map.of(), user, model, response);
  }

  @GetMapping("/staf/kegiatan/{number}/hadir/{day}/daftar-hadir.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String number, @PathVariable String day) {
    return sheet(number, day, "pdf", MediaType.APPLICATION_PDF);
  }

  @GetMapping("/staf/kegiatan/{number}/hadir/{day}/daftar-hadir.csv")
  ResponseEntity<byte[]> csv(@PathVariable String number, @PathVariable String day) {
    return sheet(number, day, "csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
  }

  private ResponseEntity<byte[]> sheet(String number, String day, String extension, MediaType type) {
    Optional<LocalDate> date = date(day);
    if (date.isEmpty() || attendance.day(number, date.get()).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    byte[] content = "pdf".equals(extension) ? attendance.pdf(number, date.get()) : attendance.csv(number, date.get());
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("daftar-hadir-" + number + "-" + date.get() + "." + extension).build().toString())
        .body(content);
  }

  private String render(String number, String day, String search, CheckIn result, RegistrationForm walkIn,
      Map<String, String> problems, StaffUser user, Model model, HttpServletResponse response) {
    Optional<LocalDate> date = date(day);
    Optional<AttendanceDay> found = date.flatMap(d -> attendance.day(number, d));
    if (found.isEmpty()) {
      return ParticipantPages.notFound(response, model);
    }
    LocalDate d = date.get();
    model.addAttribute("kegiatan", activities.get(number));
    model.addAttribute("hari", found.get());
    model.addAttribute("namaHari", calendar.formatDay(d));
    model.addAttribute("jumlah", attendance.counts(number, d));
    List<Attendee> present = attendance.attendees(number, d);
    model.addAttribute("hadir", present);
    model.addAttribute("hadirIds", present.stream().map(a -> a.participant().id()).toList());
    model.addAttribute("cari", search == null ? "" : search);
    model.addAttribute("hasil", search == null ? List.of() : attendance.search(number, search));
    model.addAttribute("hasilCek", result);
    model.addAttribute("berhasil", result instanceof CheckIn.CheckedIn || result instanceof CheckIn.AlreadyIn);
    model.addAttribute("form", walkIn);
    model.addAttribute("galat", problems);
    model.addAttribute("persetujuan", consent.text());
    model.addAttribute("bisaCatat", user.inAny(List.of(Lanes.STAF_DOKUMENTASI)) && !found.get().closed());
    model.addAttribute("hariLain", attendance.days(number));
    return "staf/hadir";
  }

  private static Optional<LocalDate> date(String day) {
    try {
      return Optional.of(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
