package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.StaffUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api: the office's resources and bookings for staff (HTTP Basic), booking and cancelling the office's other
 * activities so that they count as conflicts, and calendar feeds that calendar clients can subscribe to.
 */
@RestController
@RequestMapping("/api")
class ScheduleApi {

  /** Who may book or cancel the office's other activities. */
  static final List<String> BOOKERS = List.of(Lanes.KASUBAG_UMUM, Lanes.BIDANG_PENGEMBANGAN, Lanes.ANALIS_KERJASAMA);
  private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  record BookingRequest(String sumberDaya, String mulai, String selesai, Integer jumlah, String judul) {}

  private final ScheduleRepository repository;
  private final ScheduleService schedule;
  private final OfficeCalendar calendar;
  private final FeedTokens tokens;
  private final ActivityRepository activities;
  private final MailProperties mail;

  ScheduleApi(ScheduleRepository repository, ScheduleService schedule, OfficeCalendar calendar, FeedTokens tokens,
      ActivityRepository activities, MailProperties mail) {
    this.repository = repository;
    this.schedule = schedule;
    this.calendar = calendar;
    this.tokens = tokens;
    this.activities = activities;
    this.mail = mail;
  }

  @GetMapping("/sumber-daya")
  List<Resource> resources() {
    return repository.resources();
  }

  @GetMapping("/pemesanan")
  ResponseEntity<?> bookings(@RequestParam String dari, @RequestParam String sampai, @RequestParam(required = false) String sumberDaya) {
    Optional<LocalDate> from = date(dari);
    Optional<LocalDate> until = date(sampai);
    if (from.isEmpty() || until.isEmpty() || until.get().isBefore(from.get()) || from.get().plusDays(366).isBefore(until.get())) {
      return problem(HttpStatus.BAD_REQUEST, "Parameter \"dari\" dan \"sampai\" harus tanggal (YYYY-MM-DD), \"sampai\" tidak sebelum \"dari\", paling lama satu tahun.");
    }
    ZoneId zone = zone();
    return ResponseEntity.ok(repository.bookings(sumberDaya, from.get().atStartOfDay(zone).toInstant(),
        until.get().plusDays(1).atStartOfDay(zone).toInstant()));
  }

  @PostMapping("/pemesanan")
  @Transactional
  ResponseEntity<?> book(@RequestBody BookingRequest body, @AuthenticationPrincipal StaffUser user) {
    List<String> errors = new ArrayList<>();
    if (body.sumberDaya() == null || repository.resource(body.sumberDaya()).isEmpty()) {
      errors.add("Kolom \"sumberDaya\" harus berisi id sumber daya yang ada (lihat GET /api/sumber-daya).");
    }
    Optional<LocalDateTime> start = dateTime(body.mulai());
    Optional<LocalDateTime> end = dateTime(body.selesai());
    if (start.isEmpty()) {
      errors.add("Kolom \"mulai\" harus berisi tanggal dan jam, misalnya 2026-12-14T08:00.");
    }
    if (end.isEmpty()) {
      errors.add("Kolom \"selesai\" harus berisi tanggal dan jam, misalnya 2026-12-14T12:00.");
    }
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      errors.add("Kolom \"selesai\" harus setelah \"mulai\".");
    }
    int quantity = body.jumlah() == null ? 1 : body.jumlah();
    if (quantity < 1) {
      errors.add("Kolom \"jumlah\" paling sedikit 1.");
    }
    if (body.judul() == null || body.judul().isBlank() || body.judul().length() > 150) {
      errors.add("Kolom \"judul\" wajib diisi, paling banyak 150 karakter.");
    }
    if (!errors.isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, String.join(" ", errors));
    }
    Session period = new Session(SessionType.MATERI, start.get().atZone(zone()).toInstant(), end.get().atZone(zone()).toInstant());
    ScheduleOutcome outcome = schedule.bookSingle(body.sumberDaya(), period, quantity, body.judul().strip(), user.id());
    if (!outcome.booked()) {
      Map<String, Object> conflict = new LinkedHashMap<>();
      conflict.put("pesan", "Pemesanan bentrok.");
      conflict.put("bentrok", outcome.conflicts().stream().map(Conflict::message).toList());
      outcome.proposal().ifPresent(p -> conflict.put("usulan", calendar.formatPeriod(p.get(0).start(), p.get(0).end())));
      return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(outcome.bookings().get(0));
  }

  @DeleteMapping("/pemesanan/{id}")
  @Transactional
  ResponseEntity<?> cancel(@PathVariable long id) {
    Optional<Booking> booking = repository.booking(id);
    if (booking.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "Pemesanan " + id + " tidak ditemukan.");
    }
    if (booking.get().activityNumber() != null) {
      return problem(HttpStatus.CONFLICT, "Pemesanan ini milik kegiatan " + booking.get().activityNumber()
          + "; batalkan kegiatannya (POST /api/kegiatan/" + booking.get().activityNumber() + "/pembatalan).");
    }
    repository.deleteBooking(id);
    return ResponseEntity.noContent().build();
  }

  /** The subscribable URLs of every room's feed (and of an activity's, when named). */
  @GetMapping("/jadwal/tautan")
  Map<String, String> feedLinks(@RequestParam(required = false) String kegiatan) {
    Map<String, String> links = new LinkedHashMap<>();
    for (Resource resource : repository.resources()) {
      if (resource.kind() == ResourceKind.ROOM) {
        String feed = "ruang/" + resource.id();
        links.put(resource.name(), mail.publicUrl() + "/api/jadwal/" + feed + ".ics?token=" + tokens.tokenFor(feed));
      }
    }
    if (kegiatan != null && activities.find(kegiatan).isPresent()) {
      String feed = "kegiatan/" + kegiatan;
      links.put(kegiatan, mail.publicUrl() + "/api/jadwal/" + feed + ".ics?token=" + tokens.tokenFor(feed));
    }
    return links;
  }

  @GetMapping("/jadwal/ruang/{id}.ics")
  ResponseEntity<String> roomFeed(@PathVariable String id, @RequestParam(required = false) String token,
      @AuthenticationPrincipal StaffUser user) {
    if (token == null && user == null) {
      return signInFirst();
    }
    Optional<Resource> room = repository.resource(id).filter(r -> r.kind() == ResourceKind.ROOM);
    if (room.isEmpty() || !allowed(user, "ruang/" + id, token)) {
      return ResponseEntity.notFound().build();
    }
    Instant now = Instant.now();
    List<Invitation.Event> events = repository.bookings(id, now.minusSeconds(31L * 86400), now.plusSeconds(366L * 86400)).stream()
        .map(b -> new Invitation.Event("booking-" + b.id() + "@pustaka-asiek", b.start().atZone(zone()), b.end().atZone(zone()),
            b.title(), room.get().name(), null))
        .toList();
    return ResponseEntity.ok().contentType(CALENDAR).body(Invitation.render("PUBLISH", zone(), events, 0, null));
  }

  @GetMapping("/jadwal/kegiatan/{number}.ics")
  ResponseEntity<String> activityFeed(@PathVariable String number, @RequestParam(required = false) String token,
      @AuthenticationPrincipal StaffUser user) {
    if (token == null && user == null) {
      return signInFirst();
    }
    var activity = activities.find(number);
    if (activity.isEmpty() || !allowed(user, "kegiatan/" + number, token)) {
      return ResponseEntity.notFound().build();
    }
    ActivitySchedule booked = schedule.scheduleOf(number);
    return ResponseEntity.ok().contentType(CALENDAR).body(Invitation.render("PUBLISH", zone(),
        booked.events(activity.get().institutionName(), zone()), repository.revision(number), mail.from()));
  }

  /** Without its token a feed is for staff: calendar clients then ask for the login. */
  private static <T> ResponseEntity<T> signInFirst() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"Pustaka ASIEK\", charset=\"UTF-8\"").build();
  }

  /** A staff member, or anyone with the feed's token; a wrong token looks like a missing feed. */
  private boolean allowed(StaffUser user, String feed, String token) {
    return (user != null && user.isStaff()) || tokens.valid(feed, token);
  }

  private ZoneId zone() {
    return calendar.properties().zone();
  }

  private static Optional<LocalDate> date(String value) {
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDateTime> dateTime(String value) {
    try {
      return Optional.of(LocalDateTime.parse(value));
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** Booking for the office's other activities is for the lanes that plan them; feeds open with their token. */
  @Configuration(proxyBeanMethods = false)
  static class Access {

    @Bean
    ApiAccess bookResources() {
      return ApiAccess.lanes(HttpMethod.POST, "/api/pemesanan", "memesan sumber daya", BOOKERS);
    }

    @Bean
    ApiAccess cancelBookings() {
      return ApiAccess.lanes(HttpMethod.DELETE, "/api/pemesanan/{id}", "membatalkan pemesanan", BOOKERS);
    }

    @Bean
    ApiAccess roomFeed() {
      return ApiAccess.withoutLogin(HttpMethod.GET, "/api/jadwal/ruang/{id}.ics");
    }

    @Bean
    ApiAccess activityFeed() {
      return ApiAccess.withoutLogin(HttpMethod.GET, "/api/jadwal/kegiatan/{number}.ics");
    }
  }

  static ResponseEntity<Map<String, String>> problem(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("pesan", message));
  }
}
