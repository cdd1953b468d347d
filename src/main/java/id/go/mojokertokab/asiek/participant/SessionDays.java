package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.schedule.Session;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The participants' side of a session moved: which moves attendance and registration allow, and the attendance days,
 * session days and registration deadline that follow the new sessions. A day whose daftar hadir is open (or closed)
 * keeps its sessions: participants were checked in for them.
 */
@Service
public record SessionDays(Registrations registrations, Attendances attendances, ParticipantProperties properties, Clock clock) {

  /** Field names of a move that a refusal may name (the API's and the staff page's). */
  public static final String START = "mulai";
  public static final String DEADLINE = "batasPendaftaran";

  /** Why a move cannot be made: the field it concerns and the Indonesian sentence. */
  public record Refusal(String field, String sentence) {}

  /** What the move did to the attendance days: the day that lost its last session, the day that got its first (or null). */
  public record DayChange(LocalDate left, LocalDate added) {}

  /**
   * Why moving {@code current} to {@code moved} (the activity's sessions then being {@code after}) is refused by
   * attendance or registration; empty when it is allowed. {@code newDeadline} is the registration deadline asked for
   * with the move, if any.
   */
  public Optional<Refusal> refusal(String activityNumber, Session current, Session moved, List<Session> after, LocalDate newDeadline) {
    ZoneId zone = clock.getZone();
    Instant now = clock.instant();
    LocalDate from = current.start().atZone(zone).toLocalDate();
    LocalDate to = moved.start().atZone(zone).toLocalDate();
    Optional<AttendanceDay> fromDay = attendances.day(activityNumber, from);
    if (!from.equals(to) && fromDay.isPresent() && (started(fromDay.get(), now) || attendances.count(activityNumber, from) > 0)) {
      return Optional.of(new Refusal(START, "Daftar hadir hari " + IndonesianDates.day(from) + " sudah dibuka; sesi pada hari itu "
          + "hanya dapat digeser jamnya pada hari yang sama, tidak dipindah ke hari lain."));
    }
    Optional<AttendanceDay> toDay = attendances.day(activityNumber, to);
    if (!from.equals(to) && toDay.isPresent() && toDay.get().closed()) {
      return Optional.of(new Refusal(START, "Daftar hadir hari " + IndonesianDates.day(to) + " sudah ditutup; pilih hari lain."));
    }
    Optional<RegistrationWindow> window = registrations.window(activityNumber);
    if (window.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = firstDay(after, zone);
    if (!window.get().isOpen(now)) {
      return newDeadline == null ? Optional.empty()
          : Optional.of(new Refusal(DEADLINE, "Pendaftaran peserta sudah ditutup; batas pendaftaran tidak dapat diubah lagi."));
    }
    LocalDate deadline = newDeadline == null ? window.get().deadline() : newDeadline;
    if (newDeadline != null && newDeadline.isBefore(now.atZone(zone).toLocalDate())) {
      return Optional.of(new Refusal(DEADLINE, "Kolom \"batasPendaftaran\" tidak boleh berisi tanggal yang sudah lewat."));
    }
    if (!deadline.isBefore(first)) {
      return Optional.of(new Refusal(DEADLINE, "Sesi pertama menjadi " + IndonesianDates.day(first) + ", padahal batas pendaftaran "
          + IndonesianDates.date(deadline) + ": kolom \"batasPendaftaran\" harus berisi tanggal sebelum hari pembukaan."));
    }
    return Optional.empty();
  }

  /**
   * Makes the attendance days and the registration window follow the sessions as they now are: a day that lost its last
   * session goes (its list was not open), a new session day gets its list, each open day opens before its first session;
   * the window's first and last day, and its deadline when one was given.
   */
  public DayChange follow(String activityNumber, List<Session> sessions, LocalDate newDeadline) {
    Optional<RegistrationWindow> window = registrations.window(activityNumber);
    if (window.isEmpty()) {
      return new DayChange(null, null);
    }
    ZoneId zone = clock.getZone();
    Map<LocalDate, Instant> opens = new LinkedHashMap<>();
    sessions.stream().sorted(Comparator.comparing(Session::start)).forEach(session ->
        opens.putIfAbsent(session.start().atZone(zone).toLocalDate(), session.start().minus(properties.checkInOpensBefore())));
    LocalDate left = null;
    LocalDate added = null;
    for (AttendanceDay day : attendances.days(activityNumber)) {
      if (!opens.containsKey(day.date()) && !day.closed()) {
        attendances.deleteDay(activityNumber, day.date());
        left = day.date();
      }
    }
    for (Map.Entry<LocalDate, Instant> day : opens.entrySet()) {
      if (attendances.day(activityNumber, day.getKey()).isEmpty()) {
        attendances.insertDay(activityNumber, day.getKey(), day.getValue());
        added = day.getKey();
      } else {
        attendances.moveDay(activityNumber, day.getKey(), day.getValue());
      }
    }
    RegistrationWindow w = window.get();
    LocalDate deadline = newDeadline == null ? w.deadline() : newDeadline;
    Instant closesAt = newDeadline == null ? w.closesAt() : newDeadline.plusDays(1).atStartOfDay(zone).toInstant();
    LocalDate last = sessions.stream().map(s -> s.end().atZone(zone).toLocalDate()).max(Comparator.naturalOrder()).orElseThrow();
    registrations.moveDays(activityNumber, firstDay(sessions, zone), last, deadline, closesAt);
    return new DayChange(left, added);
  }

  private static boolean started(AttendanceDay day, Instant now) {
    return day.closed() || !day.opensAt().isAfter(now);
  }

  private static LocalDate firstDay(List<Session> sessions, ZoneId zone) {
    return sessions.stream().map(s -> s.start().atZone(zone).toLocalDate()).min(Comparator.naturalOrder()).orElseThrow();
  }
}
