package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of participants, in Indonesian, without login or JavaScript: /daftar/{token} to register for one
 * activity, /daftar/peserta/{secret} for a registrant's own registration (the link of their mail), where they may cancel.
 */
@Controller
record RegistrationPages(RegistrationDesk desk, ActivityRepository activities, ScheduleRepository schedule,
    OfficeCalendar calendar, ConsentText consent, Clock clock) {

  @GetMapping("/daftar/{token}")
  String form(@PathVariable String token, Model model, HttpServletResponse response) {
    Optional<RegistrationWindow> window = desk.windowByToken(token);
    if (window.isEmpty()) {
      return notFound(response);
    }
    return page(window.get(), RegistrationForm.empty(), Map.of(), model, response);
  }

  @PostMapping("/daftar/{token}")
  String register(@PathVariable String token, @RequestParam(defaultValue = "") String fullName,
      @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String affiliation,
      @RequestParam(defaultValue = "false") boolean consent, Model model, HttpServletResponse response) {
    Optional<RegistrationWindow> window = desk.windowByToken(token);
    if (window.isEmpty()) {
      return notFound(response);
    }
    RegistrationForm form = new RegistrationForm(fullName, address, phone, email, affiliation, consent);
    RegistrationOutcome outcome = desk.register(token, form);
    if (outcome instanceof RegistrationOutcome.Registered registered) {
      return "redirect:/daftar/peserta/" + registered.participant().secret() + "?baru";
    }
    if (outcome instanceof RegistrationOutcome.Refused refused) {
      response.setStatus(422);
      return page(window.get(), form, refused.problems(), model, response);
    }
    return page(desk.window(window.get().activityNumber()).orElseThrow(), form, Map.of(), model, response);
  }

  @GetMapping("/daftar/peserta/{secret}")
  String own(@PathVariable String secret, @RequestParam(required = false) String baru, @RequestParam(required = false) String dibatalkan,
      Model model, HttpServletResponse response) {
    Optional<Participant> participant = desk.participant(secret);
    if (participant.isEmpty()) {
      return notFound(response);
    }
    Participant p = participant.get();
    RegistrationWindow window = desk.window(p.activityNumber()).orElseThrow();
    describe(window, model);
    model.addAttribute("peserta", p);
    model.addAttribute("nomorTunggu", desk.waitingPlace(p));
    model.addAttribute("bisaBatal", desk.cancellable(p, window));
    model.addAttribute("baru", baru != null);
    model.addAttribute("dibatalkan", dibatalkan != null);
    return "daftar/peserta";
  }

  @PostMapping("/daftar/peserta/{secret}/batal")
  String cancel(@PathVariable String secret, HttpServletResponse response) {
    if (desk.participant(secret).isEmpty()) {
      return notFound(response);
    }
    desk.cancel(secret);
    return "redirect:/daftar/peserta/" + secret + "?dibatalkan";
  }

  private String page(RegistrationWindow window, RegistrationForm form, Map<String, String> problems, Model model, HttpServletResponse response) {
    describe(window, model);
    model.addAttribute("form", form);
    model.addAttribute("galat", problems);
    model.addAttribute("terbuka", window.isOpen(clock.instant()));
    model.addAttribute("tujuan", consent.purpose());
    model.addAttribute("persetujuan", consent.text());
    long confirmed = desk.count(window.activityNumber(), ParticipantStatus.CONFIRMED);
    model.addAttribute("sisaTempat", Math.max(0, window.capacity() - confirmed));
    model.addAttribute("batas", IndonesianDates.day(window.deadline()));
    return "daftar/formulir";
  }

  private void describe(RegistrationWindow window, Model model) {
    Activity activity = activities.get(window.activityNumber());
    ActivitySchedule booked = schedule.activitySchedule(window.activityNumber());
    model.addAttribute("kegiatan", activity);
    model.addAttribute("jendela", window);
    model.addAttribute("ruang", booked.room() == null ? null : booked.room().name());
    List<String> sessions = booked.sessions().stream()
        .map(s -> s.type().label() + ": " + calendar.formatPeriod(s.start(), s.end())).toList();
    model.addAttribute("sesi", sessions);
  }

  private static String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "daftar/tidak-ditemukan";
  }
}
