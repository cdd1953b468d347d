package id.go.mojokertokab.asiek.rescheduling;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.DateBounds;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.participant.SessionDays;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Moved;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Reason;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Refused;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /staf/kegiatan/{number}/jadwal: an activity's sessions, each with a form that moves it (date, start, end, reason, and
 * a new registration deadline when the opening comes before the old one) through {@link ScheduleChanges}, as the
 * /api endpoint does. Plain HTML forms with the staff pages' CSRF token, no script; a refusal shows the page again
 * with the sentence beside the session's form and the values kept, and nothing changed.
 */
@Controller
record SessionMovePage(ScheduleChanges changes, ScheduleRepository schedule, ActivityRepository activities,
    OfficeCalendar calendar, DateBounds bounds, Clock clock) {

  static final String DATE = "tanggal";
  static final String START = SessionDays.START;
  static final String END = "selesai";
  static final String REASON = "alasan";
  static final String DEADLINE = SessionDays.DEADLINE;



  /** One session as the page shows it, with the values its form holds. */
  record Row(int number, String label, String period, boolean over, String date, String start, String end, String reason,
      String deadline) {}

  /** What was typed into a session's form; the names are the form's field names. */
  record Typed(String tanggal, String mulai, String selesai, String alasan, String batasPendaftaran) {}

  @GetMapping("/staf/kegiatan/{number}/jadwal")
  String page(@PathVariable String number, @RequestParam(required = false) Integer dipindah, Model model,
      HttpServletResponse response) {
    if (changes.running(number).isEmpty()) {
      return notFound(number, model, response);
    }
    fill(model, number, null, null, null);
    if (dipindah != null) {
      model.addAttribute("pesan", "Sesi " + dipindah + " telah dipindah. Pemesanan ruang, narasumber dan peralatan, daftar hadir dan "
          + "tenggat tugas mengikuti jadwal baru; undangan kalender yang diperbarui dikirim kepada pemohon, narasumber, peserta dan staf.");
    }
    return "staf/jadwal-kegiatan";
  }

  @PostMapping("/staf/kegiatan/{number}/jadwal/sesi/{session}")
  String move(@PathVariable String number, @PathVariable int session, Typed typed, @AuthenticationPrincipal StaffUser user,
      Model model, HttpServletResponse response) {
    if (changes.running(number).isEmpty()) {
      return notFound(number, model, response);
    }
    MoveResult result;
    try {
      result = changes.move(read(number, session, typed, user.id()));
    } catch (Wrong wrong) {
      result = Refused.of(Reason.INVALID, wrong.field, wrong.getMessage());
    }
    if (result instanceof Moved) {
      return "redirect:/staf/kegiatan/" + number + "/jadwal?dipindah=" + session;
    }
    Refused refused = (Refused) result;
    response.setStatus(switch (refused.reason()) {
      case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
      case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
      case CONFLICT -> HttpServletResponse.SC_CONFLICT;
    });
    fill(model, number, session, typed, refused);
    return "staf/jadwal-kegiatan";
  }

  /** The move the form asks for, or the first field it gets wrong, before the schedule is asked. */
  private SessionMove read(String number, int session, Typed typed, String user) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = parse(typed.tanggal(), LocalDate::parse, DATE, "Kolom \"Tanggal\" harus berisi tanggal, misalnya 2026-12-23.");
    if (!bounds.accepts(day, today)) {
      throw new Wrong(DATE, "Kolom \"Tanggal\" harus berisi tanggal " + bounds.range(today) + ".");
    }
    LocalTime start = parse(typed.mulai(), LocalTime::parse, START, "Kolom \"Jam mulai\" harus berisi jam, misalnya 08:00.");
    LocalTime end = parse(typed.selesai(), LocalTime::parse, END, "Kolom \"Jam selesai\" harus berisi jam, misalnya 12:00.");
    if (!end.isAfter(start)) {
      throw new Wrong(END, "Kolom \"Jam selesai\" harus setelah jam mulai.");
    }
    String reason = text(typed.alasan());
    if (reason.isEmpty() || reason.length() > 500 || reason.chars().anyMatch(Character::isISOControl)) {
      throw new Wrong(REASON, "Kolom \"Alasan\" wajib diisi dalam satu baris, paling banyak 500 karakter: alasan ini disampaikan "
          + "kepada pemohon, narasumber dan peserta.");
    }
    LocalDate deadline = null;
    if (!text(typed.batasPendaftaran()).isEmpty()) {
      deadline = parse(typed.batasPendaftaran(), LocalDate::parse, DEADLINE,
          "Kolom \"Batas pendaftaran baru\" harus berisi tanggal, misalnya 2026-12-18, atau dikosongkan.");
      if (!bounds.accepts(deadline, today)) {
        throw new Wrong(DEADLINE, "Kolom \"Batas pendaftaran baru\" harus berisi tanggal " + bounds.range(today) + ".");
      }
    }
    return new SessionMove(number, session, day.atTime(start), day.atTime(end), reason, deadline, user);
  }

  private static <T> T parse(String value, Function<String, T> parser, String field, String sentence) {
    try {
      return parser.apply(text(value));
    } catch (DateTimeParseException e) {
      throw new Wrong(field, sentence);
    }
  }

  /** A field of the form that cannot be read; nothing was asked of the schedule. */
  private static final class Wrong extends RuntimeException {
    private final String field;

    Wrong(String field, String sentence) {
      super(sentence, null, false, false);
      this.field = field;
    }
  }

  private void fill(Model model, String number, Integer typedSession, Typed typed, Refused refused) {
    ZoneId zone = calendar.properties().zone();
    ActivitySchedule booked = schedule.activitySchedule(number);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < booked.sessions().size(); i++) {
      Session s = booked.sessions().get(i);
      int no = booked.numbers().get(i);
      boolean mine = typedSession != null && typedSession == no && typed != null;
      rows.add(new Row(no, s.type().label(), calendar.formatPeriod(s.start(), s.end()), !s.end().isAfter(clock.instant()),
          mine ? text(typed.tanggal()) : s.start().atZone(zone).toLocalDate().toString(),
          mine ? text(typed.mulai()) : s.start().atZone(zone).toLocalTime().toString(),
          mine ? text(typed.selesai()) : s.end().atZone(zone).toLocalTime().toString(),
          mine ? text(typed.alasan()) : "",
          mine ? text(typed.batasPendaftaran()) : ""));
    }
    model.addAttribute("kegiatan", activities.get(number));
    model.addAttribute("sesi", rows);
    model.addAttribute("sesiGalat", refused == null ? null : typedSession);
    model.addAttribute("galat", refused);
  }

  private static String notFound(String number, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("pesan", "Tidak ada kegiatan berjalan dengan nomor " + number + ".");
    return "staf/ditolak";
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
