package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.api.Problems;
import id.go.mojokertokab.asiek.api.WithinDateBounds;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * /api for staff: the office's resources and bookings, and booking or cancelling the office's other activities so that
 * they count as conflicts for everyone. Errors are problems in Indonesian (api package).
 */
@RestController
@RequestMapping("/api")
record BookingsApi(ScheduleRepository repository, ReservationService reservations, OfficeCalendar calendar) {

  /** Who may book or cancel the office's other activities. */
  static final List<String> BOOKERS = List.of(Lanes.KASUBAG_UMUM, Lanes.BIDANG_PENGEMBANGAN, Lanes.ANALIS_KERJASAMA);

  @GetMapping("/sumber-daya")
  List<Resource> resources() {
    return repository.resources();
  }

  @GetMapping("/pemesanan")
  List<Booking> bookings(@RequestParam @WithinDateBounds LocalDate dari, @RequestParam @WithinDateBounds LocalDate sampai,
      @RequestParam(required = false) String sumberDaya) {
    if (sampai.isBefore(dari) || dari.plusDays(366).isBefore(sampai)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Parameter \"dari\" dan \"sampai\" harus tanggal (YYYY-MM-DD), \"sampai\" tidak sebelum \"dari\", paling lama satu tahun.");
    }
    return repository.bookings(sumberDaya, dari.atStartOfDay(zone()).toInstant(), sampai.plusDays(1).atStartOfDay(zone()).toInstant());
  }

  /** 201 with the booking, or 409 with every conflict ({@code bentrok}) and the nearest free period ({@code usulan}). */
  @PostMapping("/pemesanan")
  ResponseEntity<?> book(@Valid @RequestBody BookingRequest body, @AuthenticationPrincipal StaffUser user) {
    ScheduleOutcome outcome = reservations.bookSingle(body.sumberDaya(), body.period(zone()), body.quantity(), body.judul().strip(),
        user.id());
    if (outcome.booked()) {
      return ResponseEntity.status(HttpStatus.CREATED).body(outcome.bookings().get(0));
    }
    List<String> conflicts = ConflictMessages.plain(zone()).sentences(outcome.conflicts());
    ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Pemesanan bentrok: " + String.join(" ", conflicts));
    problem.setProperty("bentrok", conflicts);
    outcome.proposal().ifPresent(p -> problem.setProperty("usulan", calendar.formatPeriod(p.get(0).start(), p.get(0).end())));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  @DeleteMapping("/pemesanan/{id}")
  ResponseEntity<Void> cancel(@PathVariable long id) {
    ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND, "Pemesanan " + id + " tidak ditemukan.");
    Booking booking = repository.booking(id).orElseThrow(() -> notFound);
    if (booking.activityNumber() != null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Pemesanan ini milik kegiatan " + booking.activityNumber()
          + "; batalkan kegiatannya (POST /api/kegiatan/" + booking.activityNumber() + "/pembatalan).");
    }
    if (!repository.deleteOtherEventBooking(id)) {
      throw notFound;
    }
    return ResponseEntity.noContent().build();
  }

  private ZoneId zone() {
    return calendar.properties().zone();
  }

  /** Booking for the office's other activities is for the lanes that plan them; reading is for all staff. */
  @Bean
  static ApiAccess.Rules bookingAccess() {
    return ApiAccess.rules(
        ApiAccess.lanes(HttpMethod.POST, "/api/pemesanan", "memesan sumber daya", BOOKERS),
        ApiAccess.lanes(HttpMethod.DELETE, "/api/pemesanan/{id}", "membatalkan pemesanan", BOOKERS));
  }
}
