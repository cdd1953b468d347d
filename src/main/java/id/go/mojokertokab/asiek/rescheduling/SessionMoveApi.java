package id.go.mojokertokab.asiek.rescheduling;

import id.go.mojokertokab.asiek.api.OneLine;
import id.go.mojokertokab.asiek.api.Problems;
import id.go.mojokertokab.asiek.api.WithinDateBounds;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Moved;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Refused;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/kegiatan/{number}/sesi: an activity's sessions with their numbers (staff); POST
 * /api/kegiatan/{number}/sesi/{session}/pemindahan: move one (lanes of {@link ReschedulingAccess}), 200 with what
 * changed, or a problem with nothing changed: 404, 400 naming the field, 409 with every conflict ({@code bentrok}) and
 * the nearest free slot ({@code usulan}).
 */
@RestController
record SessionMoveApi(ScheduleChanges changes, ScheduleRepository schedule, OfficeCalendar calendar) {

  /** {"mulai":"2026-12-23T09:00","selesai":"2026-12-23T15:00","alasan":"…","batasPendaftaran":"2026-12-18"} */
  record MoveRequest(
      @NotBlank(message = MoveRequest.START) @WithinDateBounds(message = MoveRequest.START) String mulai,
      @NotBlank(message = MoveRequest.END) @WithinDateBounds(message = MoveRequest.END) String selesai,
      @NotBlank(message = MoveRequest.REASON) @Size(max = 500, message = MoveRequest.REASON) @OneLine String alasan,
      @WithinDateBounds LocalDate batasPendaftaran) {

    static final String START = "harus berisi tanggal dan jam, misalnya 2026-12-23T09:00.";
    static final String END = "harus berisi tanggal dan jam, misalnya 2026-12-23T12:00.";
    static final String REASON = "wajib diisi (alasan pemindahan, disampaikan kepada semua pihak), paling banyak 500 karakter.";
  }

  @GetMapping("/api/kegiatan/{number}/sesi")
  List<Map<String, Object>> sessions(@PathVariable String number) {
    ActivitySchedule booked = schedule.activitySchedule(number);
    List<Map<String, Object>> sessions = new ArrayList<>();
    for (int i = 0; i < booked.sessions().size(); i++) {
      Session session = booked.sessions().get(i);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("sesi", booked.numbers().get(i));
      item.put("jenis", session.type().name());
      item.put("mulai", session.start().atZone(zone()).toLocalDateTime().toString());
      item.put("selesai", session.end().atZone(zone()).toLocalDateTime().toString());
      item.put("waktu", calendar.formatPeriod(session.start(), session.end()));
      sessions.add(item);
    }
    return sessions;
  }

  @PostMapping("/api/kegiatan/{number}/sesi/{session}/pemindahan")
  ResponseEntity<?> move(@PathVariable String number, @PathVariable int session, @Valid @RequestBody MoveRequest body,
      @AuthenticationPrincipal StaffUser user) {
    LocalDateTime start = LocalDateTime.parse(body.mulai());
    LocalDateTime end = LocalDateTime.parse(body.selesai());
    if (!end.isAfter(start)) {
      return ResponseEntity.badRequest().body(refusal(HttpStatus.BAD_REQUEST, "selesai", "Kolom \"selesai\" harus setelah \"mulai\"."));
    }
    MoveResult result = changes.move(new SessionMove(number, session, start, end, body.alasan().strip(), body.batasPendaftaran(), user.id()));
    if (result instanceof Moved moved) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("pesan", "Sesi " + moved.sessionNo() + " (" + moved.session() + ") dipindah ke " + moved.to()
          + "; undangan yang diperbarui dikirim kepada semua pihak.");
      answer.put("sesi", moved.sessionNo());
      answer.put("dari", moved.from());
      answer.put("menjadi", moved.to());
      answer.put("urutanUndangan", moved.sequence());
      return ResponseEntity.ok(answer);
    }
    Refused refused = (Refused) result;
    HttpStatus status = switch (refused.reason()) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case INVALID -> HttpStatus.BAD_REQUEST;
      case CONFLICT -> HttpStatus.CONFLICT;
    };
    ProblemDetail problem = refusal(status, refused.field(), refused.sentence());
    if (!refused.conflicts().isEmpty()) {
      problem.setProperty("bentrok", refused.conflicts());
    }
    if (refused.proposal() != null) {
      problem.setProperty("usulan", refused.proposal());
    }
    return ResponseEntity.status(status).body(problem);
  }

  private static ProblemDetail refusal(HttpStatus status, String field, String sentence) {
    ProblemDetail problem = Problems.of(status, sentence);
    if (field != null) {
      problem.setProperty("kolom", Map.of(field, sentence));
    }
    return problem;
  }

  private ZoneId zone() {
    return calendar.properties().zone();
  }
}
