package id.go.mojokertokab.asiek.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.activity.ActivityStatus;
import id.go.mojokertokab.asiek.certificate.Certificates.Issuance;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.participant.ParticipantStatus;
import id.go.mojokertokab.asiek.pdf.PdfRenderers;
import id.go.mojokertokab.asiek.report.ProcessHistory;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * Codes are unguessable, readable aloud, and found again however a person types them; a certificate goes only to a
 * participant the attendance records show came, once, and prints the days of the workshop as Indonesians write a range.
 */
class CertificatesTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String NUMBER = "ASIEK-2026-0001";

  @Test
  void codesAreSixteenCrockfordCharactersInFourGroupsAndDoNotRepeat() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = Certificates.newCode();
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
      codes.add(code);
    }
    assertThat(codes).hasSize(10_000);
  }

  @Test
  void aTypedCodeIsReadWithoutCaseSpacesOrLookAlikeLetters() {
    assertThat(Certificates.normalise("7f3k 9qxm-2hdp-b4tw")).hasValue("7F3K-9QXM-2HDP-B4TW");
    assertThat(Certificates.normalise("7F3K9QXM2HDPB4TO")).hasValue("7F3K-9QXM-2HDP-B4T0");
    assertThat(Certificates.normalise("IL00-0000-0000-0000")).hasValue("1100-0000-0000-0000");
    assertThat(Certificates.normalise("7F3K-9QXM-2HDP")).isEmpty();
    assertThat(Certificates.normalise("7F3K-9QXM-2HDP-B4TU")).as("U is not in the alphabet").isEmpty();
    assertThat(Certificates.normalise("../../etc/passwd")).isEmpty();
  }

  @Test
  void aCertificateOfATwoDayWorkshopPrintsBothDays() throws IOException {
    Fixture f = new Fixture(session(21, 8, 9), session(21, 9, 15), session(22, 8, 15));

    Certificate certificate = f.issuedTo(f.dewi);

    assertThat(certificate.activityDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(certificate.activityEndDate()).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(text(f.certificates.pdf(certificate), "sertifikat-dua-hari.pdf"))
        .contains("Dewi Lestari", "yang diselenggarakan pada 21–22 Desember 2026.");
  }

  @Test
  void aCertificateOfAOneDayWorkshopPrintsThatDay() throws IOException {
    Fixture f = new Fixture(session(21, 8, 9), session(21, 9, 15));

    Certificate certificate = f.issuedTo(f.dewi);

    assertThat(text(f.certificates.pdf(certificate), "sertifikat-satu-hari.pdf")).contains("yang diselenggarakan pada 21 Desember 2026.");
  }

  @Test
  void aWorkshopOverTheNewYearPrintsBothYears() throws IOException {
    LocalDate secondOfJanuary = LocalDate.of(2027, 1, 2);
    Fixture f = new Fixture(session(30, 8, 15), new Session(SessionType.PRAKTIK, at(secondOfJanuary, 8), at(secondOfJanuary, 12)));

    Certificate certificate = f.issuedTo(f.dewi);

    assertThat(text(f.certificates.pdf(certificate), "sertifikat-tahun-baru.pdf"))
        .contains("yang diselenggarakan pada 30 Desember 2026 – 2 Januari 2027.");
  }

  @Test
  void aParticipantWhoAttendedGetsACertificateInTheirRegisteredName() {
    Fixture f = new Fixture(session(21, 8, 9), session(22, 8, 15));

    Issuance outcome = f.certificates.issue(NUMBER, "k7m 2qx", "pustakawan");

    assertThat(outcome).isInstanceOfSatisfying(Issuance.Issued.class, issued -> {
      assertThat(issued.now()).isTrue();
      assertThat(issued.certificate().participantName()).isEqualTo("Dewi Lestari");
      assertThat(issued.certificate().participantRef()).isEqualTo("peserta-K7M2QX");
      assertThat(issued.certificate().issuedBy()).isEqualTo("pustakawan");
    });
    assertThat(f.stored).extracting(Certificate::participantName).containsExactly("Dewi Lestari");
  }

  @Test
  void aParticipantWhoCameOnNoDayGetsNoCertificateAndNothingIsWritten() {
    Fixture f = new Fixture(session(21, 8, 9), session(22, 8, 15));

    Issuance outcome = f.certificates.issue(NUMBER, "P9R-4TW", "pustakawan");

    assertThat(outcome).isEqualTo(new Issuance.NotAttended(f.citra));
    verify(f.repository, never()).insert(any());
  }

  @Test
  void aCodeOfNoParticipantOfTheActivityGetsNoCertificateAndNothingIsWritten() {
    Fixture f = new Fixture(session(21, 8, 9));

    Issuance outcome = f.certificates.issue(NUMBER, " Dewi Lestari ", "pustakawan");

    assertThat(outcome).isEqualTo(new Issuance.UnknownParticipant("Dewi Lestari"));
    verify(f.repository, never()).insert(any());
  }

  @Test
  void aParticipantWhoHoldsACertificateGetsTheSameOneAgain() {
    Fixture f = new Fixture(session(21, 8, 9));
    Certificate first = f.issuedTo(f.dewi);
    when(f.repository.of(NUMBER, "peserta-K7M2QX")).thenReturn(Optional.of(first));

    Issuance again = f.certificates.issue(NUMBER, "K7M-2QX", "pengembangan");

    assertThat(again).isEqualTo(new Issuance.Issued(first, false));
    assertThat(f.stored).containsExactly(first);
  }

  @Test
  void theSecondOfTwoRequestsAtTheSameMomentGetsTheCertificateTheFirstIssued() {
    Fixture f = new Fixture(session(21, 8, 9));
    Certificate winner = f.issuedTo(f.dewi);
    f.stored.clear();
    when(f.repository.of(NUMBER, "peserta-K7M2QX")).thenReturn(Optional.empty(), Optional.of(winner));
    doThrow(new DuplicateKeyException("asiek_certificate_participant")).when(f.repository).insert(any());

    Issuance second = f.certificates.issue(NUMBER, "K7M-2QX", "pengembangan");

    assertThat(second).isEqualTo(new Issuance.Issued(winner, false));
  }

  /**
   * Certificates over mocked repositories: the activity ASIEK-2026-0001 with the given sessions booked, Dewi Lestari
   * (K7M-2QX) checked in on its first day, Citra Ayu (P9R-4TW) registered and never checked in.
   */
  static final class Fixture {

    final CertificateRepository repository = mock(CertificateRepository.class);
    final ActivityRepository activities = mock(ActivityRepository.class);
    final ScheduleRepository schedules = mock(ScheduleRepository.class);
    final AttendanceDesk attendance = mock(AttendanceDesk.class);
    final ProcessHistory history = mock(ProcessHistory.class);
    final List<Certificate> stored = new ArrayList<>();
    final Participant dewi = participant(1, "K7M2QX", "Dewi Lestari");
    final Participant citra = participant(2, "P9R4TW", "Citra Ayu");
    final Certificates certificates;

    Fixture(Session... sessions) {
      Activity activity = new Activity(NUMBER, "proses-1", "045/123/416-117/2026", "421.2/77/SDN1/2026", LocalDate.of(2026, 12, 4),
          "Permohonan kegiatan Pustaka ASIEK", "SDN 1 Mojosari", "Jl. Hayam Wuruk No. 5, Mojosari", "Ibu Siti Aminah",
          "siti.aminah@sdn1mojosari.sch.id", "0812-3456-7890", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1), 40, "agendaris",
          Instant.parse("2026-12-07T02:00:00Z"), ActivityStatus.COMPLETED);
      when(activities.get(NUMBER)).thenReturn(activity);
      when(schedules.activitySchedule(NUMBER)).thenReturn(new ActivitySchedule(NUMBER, List.of(sessions),
          java.util.stream.IntStream.rangeClosed(1, sessions.length).boxed().toList(), null, null, Map.of()));
      when(history.variables("proses-1")).thenReturn(Map.of());
      for (String typed : List.of("K7M-2QX", "k7m 2qx")) {
        when(attendance.participant(NUMBER, typed)).thenReturn(Optional.of(dewi));
      }
      when(attendance.participant(NUMBER, "P9R-4TW")).thenReturn(Optional.of(citra));
      when(attendance.daysAttended(dewi)).thenReturn(List.of(sessions[0].start().atZone(JAKARTA).toLocalDate()));
      when(attendance.daysAttended(citra)).thenReturn(List.of());
      doAnswer(call -> stored.add(call.getArgument(0))).when(repository).insert(any());
      certificates = new Certificates(repository, activities, schedules, attendance, PdfRenderers.withDefaultOffice(),
          history, new MailProperties("asiek@localhost", "Pustaka ASIEK", "http://asiek.test"),
          Clock.fixed(Instant.parse("2027-01-04T03:00:00Z"), JAKARTA));
    }

    Certificate issuedTo(Participant participant) {
      return ((Issuance.Issued) certificates.issue(participant, "pustakawan")).certificate();
    }

    static Participant participant(long id, String code, String name) {
      Instant registered = Instant.parse("2026-12-08T02:00:00Z");
      return new Participant(id, NUMBER, code, "rahasia-" + id, ParticipantStatus.CONFIRMED, (int) id, null, name, "Dusun Sumber, Mojosari",
          "08123456789" + id, null, "SDN 1 Mojosari", "v1", registered, Participant.Source.ONLINE, registered, registered, null, null, null);
    }
  }

  static Session session(int december, int fromHour, int toHour) {
    LocalDate day = LocalDate.of(2026, 12, december);
    return new Session(SessionType.MATERI, at(day, fromHour), at(day, toHour));
  }

  static Instant at(LocalDate day, int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), JAKARTA).toInstant();
  }

  /** The PDF's text, after keeping the PDF in target/pdf/ for a person to look at. */
  static String text(byte[] pdf, String keepAs) throws IOException {
    Files.createDirectories(Path.of("target", "pdf"));
    Files.write(Path.of("target", "pdf", keepAs), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }
}
