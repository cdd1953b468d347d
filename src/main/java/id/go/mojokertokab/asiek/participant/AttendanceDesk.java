package id.go.mojokertokab.asiek.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attendance at the door, one list per session day (SOP row 6): check-in by code or from a name search, walk-ins
 * added on the spot with the same consent, and closing the day's list, which keeps it as PDF and CSV.
 */
@Service
public record AttendanceDesk(Attendances attendances, Registrations registrations, AttendanceSheets sheets, ConsentText consent,
    Clock clock, TransactionTemplate transaction) {

  public List<AttendanceDay> days(String activityNumber) {
    return attendances.days(activityNumber);
  }

  public Optional<AttendanceDay> day(String activityNumber, LocalDate date) {
    return attendances.day(activityNumber, date);
  }

  public List<Attendee> attendees(String activityNumber, LocalDate date) {
    return attendances.attendees(activityNumber, date);
  }

  /** The day's count: everyone checked in, of them walk-ins, and how many places were confirmed. */
  public record Counts(long present, long walkIns, long confirmed) {}

  public Counts counts(String activityNumber, LocalDate date) {
    List<Attendee> present = attendances.attendees(activityNumber, date);
    long walkIns = present.stream().filter(a -> a.participant().source() == Participant.Source.WALK_IN).count();
    return new Counts(present.size(), walkIns, registrations.count(activityNumber, ParticipantStatus.CONFIRMED));
  }

  /** Participants checked in on at least one session day whose data are still kept (certificates go to them). */
  public List<Participant> attended(String activityNumber) {
    return attendances.attendedParticipantIds(activityNumber).stream().map(registrations::byId).flatMap(Optional::stream)
        .filter(p -> !p.erased()).toList();
  }

  /** The activity's registration with this code (as typed: "k7m 2qx" works), unless there is none or its data are erased. */
  public Optional<Participant> participant(String activityNumber, String typedCode) {
    return ParticipantCodes.parse(typedCode).flatMap(code -> registrations.byCode(activityNumber, code)).filter(p -> !p.erased());
  }

  /** The days the participant was checked in, first to last; empty for one who never came. */
  public List<LocalDate> daysAttended(Participant participant) {
    return attendances.daysAttended(participant.id());
  }

  /** Registrations whose name contains what was typed (any case), for check-in from a list. */
  public List<Participant> search(String activityNumber, String typed) {
    String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (wanted.length() < 2) {
      return List.of();
    }
    return registrations.of(activityNumber).stream()
        .filter(p -> p.fullName() != null && p.fullName().toLowerCase(Locale.ROOT).contains(wanted))
        .sorted(java.util.Comparator.comparing(Participant::fullName, String.CASE_INSENSITIVE_ORDER))
        .limit(30).toList();
  }

  /** Checks in the registration with this code (as typed: "k7m 2qx" works). */
  public CheckIn checkIn(String activityNumber, LocalDate date, String typedCode, String by) {
    Optional<String> code = ParticipantCodes.parse(typedCode);
    if (code.isEmpty()) {
      return new CheckIn.UnknownCode(typedCode == null ? "" : typedCode.strip());
    }
    return transaction.execute(status -> {
      Optional<CheckIn> notOpen = lockOpenDay(activityNumber, date);
      if (notOpen.isPresent()) {
        return notOpen.get();
      }
      Optional<Participant> found = registrations.byCode(activityNumber, code.get());
      if (found.isEmpty() || found.get().erased()) {
        return new CheckIn.UnknownCode(ParticipantCodes.display(code.get()));
      }
      Participant participant = found.get();
      if (!participant.status().admitted()) {
        return new CheckIn.NotAdmitted(participant);
      }
      Optional<Instant> earlier = attendances.checkedInAt(participant.id(), date);
      if (earlier.isPresent()) {
        return new CheckIn.AlreadyIn(participant, earlier.get());
      }
      attendances.checkIn(participant.id(), activityNumber, date, clock.instant(), by);
      return new CheckIn.CheckedIn(participant);
    });
  }

  /** Someone who did not register comes to the door: registered on the spot, with their consent, and checked in. */
  public CheckIn walkIn(String activityNumber, LocalDate date, RegistrationForm form, String by) {
    Map<String, String> problems = form.problems();
    if (!problems.isEmpty()) {
      return new CheckIn.Refused(problems);
    }
    return transaction.execute(status -> {
      registrations.lockWindow(activityNumber).orElseThrow();
      Optional<CheckIn> notOpen = lockOpenDay(activityNumber, date);
      if (notOpen.isPresent()) {
        return notOpen.get();
      }
      String phone = form.normalisedPhone().orElseThrow();
      if (registrations.phoneTaken(activityNumber, phone)) {
        return new CheckIn.Refused(Map.of(RegistrationForm.PHONE,
            "Nomor telepon ini sudah terdaftar untuk kegiatan ini: cari nama pesertanya dan catat hadir dari daftar."));
      }
      Instant now = clock.instant();
      String code = ParticipantCodes.code();
      while (registrations.codeTaken(code)) {
        code = ParticipantCodes.code();
      }
      long id = registrations.insert(new Participant(0, activityNumber, code, ParticipantCodes.secret(), ParticipantStatus.WALK_IN,
          null, null, form.fullName(), form.address(), phone, form.email(), form.affiliation(), consent.version(), now,
          Participant.Source.WALK_IN, now, now, by, null, null));
      attendances.checkIn(id, activityNumber, date, now, by);
      return new CheckIn.CheckedIn(registrations.byId(id).orElseThrow());
    });
  }

  /** Closes the day's list and keeps it as PDF and CSV; a closed day stays closed. */
  public AttendanceDay close(String activityNumber, LocalDate date, String by) {
    AttendanceDay day = attendances.lockDay(activityNumber, date)
        .orElseThrow(() -> new IllegalStateException("Kegiatan " + activityNumber + " tidak memiliki hari kegiatan " + date));
    if (day.closed()) {
      return day;
    }
    Instant now = clock.instant();
    long count = attendances.count(activityNumber, date);
    attendances.close(activityNumber, date, now, by, count);
    AttendanceDay closed = attendances.day(activityNumber, date).orElseThrow();
    keepSheets(closed);
    return closed;
  }

  /** The day's list as PDF: kept once the day is closed, drawn from the data until then. */
  public byte[] pdf(String activityNumber, LocalDate date) {
    AttendanceDay day = attendances.day(activityNumber, date).orElseThrow();
    return attendances.sheet(activityNumber, date, Attendances.Format.PDF)
        .orElseGet(() -> sheets.pdf(day, attendances.attendees(activityNumber, date)));
  }

  public byte[] csv(String activityNumber, LocalDate date) {
    AttendanceDay day = attendances.day(activityNumber, date).orElseThrow();
    return attendances.sheet(activityNumber, date, Attendances.Format.CSV)
        .orElseGet(() -> sheets.csv(day, attendances.attendees(activityNumber, date)));
  }

  /** Writes the kept PDF and CSV of a closed day again from the data (after an erasure). */
  void keepSheets(AttendanceDay day) {
    List<Attendee> present = attendances.attendees(day.activityNumber(), day.date());
    Instant now = clock.instant();
    byte[] pdf = sheets.pdf(day, present);
    byte[] csv = sheets.csv(day, present);
    attendances.saveSheet(day.activityNumber(), day.date(), Attendances.Format.PDF, pdf, AttendanceSheets.sha256(pdf), now);
    attendances.saveSheet(day.activityNumber(), day.date(), Attendances.Format.CSV, csv, AttendanceSheets.sha256(csv), now);
  }

  private Optional<CheckIn> lockOpenDay(String activityNumber, LocalDate date) {
    Optional<AttendanceDay> day = attendances.lockDay(activityNumber, date);
    if (day.isEmpty()) {
      return Optional.of(new CheckIn.DayNotOpen("Tanggal ini bukan hari kegiatan " + activityNumber + "."));
    }
    if (day.get().closed()) {
      return Optional.of(new CheckIn.DayNotOpen("Daftar hadir hari ini sudah ditutup."));
    }
    if (!LocalDate.now(clock).equals(date)) {
      return Optional.of(new CheckIn.DayNotOpen("Kehadiran hanya dapat dicatat pada hari kegiatan itu sendiri."));
    }
    RegistrationWindow window = registrations.window(activityNumber).orElseThrow();
    if (window.cancelledAt() != null) {
      return Optional.of(new CheckIn.DayNotOpen("Kegiatan ini dibatalkan."));
    }
    return Optional.empty();
  }
}
