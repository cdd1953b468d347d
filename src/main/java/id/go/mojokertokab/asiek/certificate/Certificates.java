package id.go.mojokertokab.asiek.certificate;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.participant.AttendanceDay;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.pdf.PdfRenderer;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.report.ProcessHistory;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Issues certificates and renders them. A certificate goes only to a participant of the activity's attendance records
 * who was checked in on at least one day, once; never to a name alone. A code is 16 characters of Crockford's base32
 * (80 random bits: no one finds a name by guessing), written in four groups; look-ups ignore case, spaces and the
 * letters people confuse with digits.
 */
@Service
public class Certificates {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CertificateRepository certificates;
  private final ActivityRepository activities;
  private final ScheduleRepository schedules;
  private final AttendanceDesk attendance;
  private final PdfRenderer pdf;
  private final ProcessHistory history;
  private final MailProperties mail;
  private final Clock clock;

  Certificates(CertificateRepository certificates, ActivityRepository activities, ScheduleRepository schedules, AttendanceDesk attendance,
      PdfRenderer pdf, ProcessHistory history, MailProperties mail, Clock clock) {
    this.certificates = certificates;
    this.activities = activities;
    this.schedules = schedules;
    this.attendance = attendance;
    this.pdf = pdf;
    this.history = history;
    this.mail = mail;
    this.clock = clock;
  }

  /** What asking for a participant's certificate came to; only {@link Issued} wrote anything, and only when {@code now}. */
  public sealed interface Issuance {

    /** The participant's certificate: issued now, or the one they already held. */
    record Issued(Certificate certificate, boolean now) implements Issuance {}

    /** No registration of the activity has this code (or its data were erased). */
    record UnknownParticipant(String typedCode) implements Issuance {}

    /** Registered, but checked in on no day of the activity. */
    record NotAttended(Participant participant) implements Issuance {}
  }

  /** The certificate of the activity's participant with this code (as typed: "k7m 2qx" works). */
  public Issuance issue(String activityNumber, String participantCode, String issuedBy) {
    return attendance.participant(activityNumber, participantCode).map(participant -> issue(participant, issuedBy))
        .orElseGet(() -> new Issuance.UnknownParticipant(participantCode == null ? "" : participantCode.strip()));
  }

  /** The participant's certificate, issued now unless they hold one; none for a participant checked in on no day. */
  public Issuance issue(Participant participant, String issuedBy) {
    if (attendance.daysAttended(participant).isEmpty()) {
      return new Issuance.NotAttended(participant);
    }
    String activityNumber = participant.activityNumber();
    Optional<Certificate> issued = certificates.of(activityNumber, reference(participant));
    if (issued.isPresent()) {
      return new Issuance.Issued(issued.get(), false);
    }
    Activity activity = activities.get(activityNumber);
    List<LocalDate> days = workshopDays(activity);
    Certificate certificate = new Certificate(newCode(), activityNumber, participant.fullName().strip(), reference(participant),
        "Pustaka Terapan – Asistensi dan Eksplorasi (Pustaka ASIEK) bersama " + activity.institutionName(), days.get(0),
        days.get(days.size() - 1), clock.instant(), issuedBy);
    try {
      certificates.insert(certificate);
    } catch (DuplicateKeyException lost) {
      // a second request for the same participant at the same moment (a double click): the other one issued it
      return certificates.of(activityNumber, reference(participant)).<Issuance>map(held -> new Issuance.Issued(held, false))
          .orElseThrow(() -> lost);
    }
    return new Issuance.Issued(certificate, true);
  }

  /** A certificate's participantRef: the participant's code, unique across activities. */
  static String reference(Participant participant) {
    return "peserta-" + participant.code();
  }

  public Optional<Certificate> find(String code) {
    return normalise(code).flatMap(certificates::find);
  }

  public List<Certificate> of(String activityNumber) {
    return certificates.of(activityNumber);
  }

  public String verificationUrl(Certificate certificate) {
    return mail.publicUrl().replaceAll("/+$", "") + "/sertifikat/" + certificate.code();
  }

  public byte[] pdf(Certificate certificate) {
    Activity activity = activities.get(certificate.activityNumber());
    Map<String, Object> model = new HashMap<>(Map.of(
        "c", certificate,
        "tanggal", certificate.days(),
        "diterbitkan", IndonesianDates.date(certificate.issuedAt().atZone(clock.getZone()).toLocalDate()),
        "tautan", verificationUrl(certificate),
        "qr", QrCodes.pngDataUri(verificationUrl(certificate))));
    model.put("tema", theme(activity));
    return pdf.render("sertifikat", model);
  }

  /** The speaker's title of the material, where the speaker gave one. */
  private String theme(Activity activity) {
    Object title = history.variables(activity.processInstanceId()).get(Vars.MATERIAL_TITLE.name());
    return title instanceof String text && !text.isBlank() ? text.strip() : null;
  }

  /**
   * The workshop's days in order, first to last: those of its booked sessions, or, once its bookings are gone (a
   * cancelled activity), the days attendance was taken; never none for a certificate, which needs a day attended.
   */
  List<LocalDate> workshopDays(Activity activity) {
    List<Session> sessions = schedules.activitySchedule(activity.activityNumber()).sessions();
    if (!sessions.isEmpty()) {
      return sessions.stream().flatMap(s -> Stream.of(s.start(), s.end())).map(t -> t.atZone(clock.getZone()).toLocalDate())
          .distinct().sorted().toList();
    }
    return attendance.days(activity.activityNumber()).stream().map(AttendanceDay::date).sorted().toList();
  }

  static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /** "abcd efgh-ijkl-mnop" → "ABCD-EFGH-1JK1-MN0P"; empty when it cannot be a code. */
  static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    if (plain.length() != 16 || !plain.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-" + plain.substring(12));
  }
}
