package id.go.mojokertokab.asiek.participant;

import static id.go.mojokertokab.asiek.TestData.JAKARTA;
import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.mojokertokab.asiek.process.ProcessTestSupport;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.schedule.IcsReader;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Participants on the real model and engine, one test per path: registration with places and a waiting list, the
 * deadline timer and the librarian's list, attendance per day, and personal data. The engine clock is pinned to Monday
 * 7 December 2026; the workshop is on 21 and 22 December, registration closes at the end of 18 December.
 */
class ParticipantsProcessTest extends ProcessTestSupport {

  static final LocalDate OPENING = LocalDate.of(2026, 12, 21);

  @Autowired RegistrationDesk desk;
  @Autowired AttendanceDesk attendance;
  @Autowired PersonalData personalData;
  @Autowired Registrations registrations;

  @Test
  void aRegistrationGetsAPlaceAndAReceiptWithItsCodeAndCancelLink() throws Exception {
    ProcessInstance instance = registrationOpen(20);
    RegistrationWindow window = desk.window(instance.getBusinessKey()).orElseThrow();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "scheduleSummary").toString())
        .contains("Tautan pendaftaran peserta:", window.token().replace("-", "\\-").replace("_", "\\_"));

    RegistrationOutcome outcome = register(window, "Dewi Lestari", "0812-3456-7890");

    Participant dewi = ((RegistrationOutcome.Registered) outcome).participant();
    assertThat(dewi.status()).isEqualTo(ParticipantStatus.CONFIRMED);
    assertThat(dewi.phone()).isEqualTo("+6281234567890");
    assertThat(dewi.consentVersion()).isEqualTo("v1-P2Y");
    assertThat(engine.getRuntimeService().getVariables(instance.getId()).values().toString()).doesNotContain("Dewi", "+628123");
    execute(job(Elements.TASK_SEND_REGISTRATION_RECEIPT, instance));
    MimeMessage receipt = mailTo("dewi.lestari@gmail.com");
    String body = GreenMailUtil.getBody(receipt).replaceAll("=\r?\n", "");
    assertThat(receipt.getSubject()).isEqualTo("Pendaftaran Pustaka ASIEK " + instance.getBusinessKey() + " diterima");
    assertThat(body).contains("Yth. Dewi Lestari", "Anda mendapat tempat", dewi.displayCode(),
        "http://asiek.test/daftar/peserta/" + dewi.secret(), "Senin, 21 Desember 2026 pukul 08.00");
  }

  @Test
  void onePhoneNumberRegistersOncePerActivityHoweverItIsWritten() {
    ProcessInstance instance = registrationOpen(20);
    RegistrationWindow window = desk.window(instance.getBusinessKey()).orElseThrow();
    register(window, "Dewi Lestari", "0812-3456-7890");

    RegistrationOutcome again = register(window, "Dewi L.", "+62 812 3456 7890");

    assertThat(again).isEqualTo(new RegistrationOutcome.Refused(Map.of("phone", RegistrationDesk.DUPLICATE_PHONE)));
    assertThat(registrations.of(instance.getBusinessKey())).hasSize(1);
  }

  @Test
  void pastCapacityRegistrationsWaitAndACancellationPromotesTheFirstWhoIsMailed() throws Exception {
    ProcessInstance instance = registrationOpen(2);
    RegistrationWindow window = desk.window(instance.getBusinessKey()).orElseThrow();
    List<RegistrationOutcome.Registered> four = fourRegister(window);
    Participant first = four.get(0).participant();
    RegistrationOutcome.Registered third = four.get(2);
    RegistrationOutcome.Registered fourth = four.get(3);

    assertThat(third.participant().status()).isEqualTo(ParticipantStatus.WAITING);
    assertThat(third.waitingPlace()).isEqualTo(1);
    assertThat(fourth.waitingPlace()).isEqualTo(2);

    RegistrationDesk.Cancellation cancellation = desk.cancel(first.secret()).orElseThrow();

    assertThat(cancellation.promoted()).map(Participant::fullName).contains("Citra Ayu");
    assertThat(registrations.byCode(window.activityNumber(), third.participant().code()).orElseThrow().status()).isEqualTo(ParticipantStatus.CONFIRMED);
    assertThat(desk.waitingPlace(registrations.byCode(window.activityNumber(), fourth.participant().code()).orElseThrow())).isEqualTo(1);
    assertThat(desk.count(window.activityNumber(), ParticipantStatus.CONFIRMED)).isEqualTo(2);
    assertThat(desk.cancel(first.secret())).as("cancelled once").isEmpty();
    execute(job(Elements.TASK_NOTIFY_REGISTRATION_CANCELLED, instance));
    assertThat(GreenMailUtil.getBody(mailTo("citra.ayu@gmail.com")).replaceAll("=\r?\n", "")).contains("naik dari daftar tunggu menjadi peserta");
    assertThat(mailTo("ahmad.fauzi@gmail.com").getSubject()).isEqualTo("Pendaftaran Pustaka ASIEK " + window.activityNumber() + " dibatalkan");
  }

  @Test
  void atTheDeadlineRegistrationClosesAndTheLibrarianFixesTheListFromTheirForm() throws Exception {
    ProcessInstance instance = registrationOpen(2);
    RegistrationWindow window = desk.window(instance.getBusinessKey()).orElseThrow();
    Participant ahmad = fourRegister(window).get(0).participant();
    executeAll(Elements.TASK_SEND_REGISTRATION_RECEIPT, instance);
    purgeMail();

    Job deadline = job(Elements.TIMER_REGISTRATION_DEADLINE, instance);
    assertThat(deadline.getDuedate()).isEqualTo(date(ZonedDateTime.of(2026, 12, 19, 0, 0, 0, 0, JAKARTA)));
    ClockUtil.setCurrentTime(deadline.getDuedate());
    execute(deadline);

    assertThat(instance).isWaitingAt(Elements.TASK_FIX_PARTICIPANT_LIST).task(Elements.TASK_FIX_PARTICIPANT_LIST).hasCandidateGroup("jf-pustakawan");
    assertThat(register(window, "Eko Prasetyo", "081555555555")).isInstanceOf(RegistrationOutcome.Closed.class);
    Task fix = taskOf(instance, Elements.TASK_FIX_PARTICIPANT_LIST);
    String seenByLibrarian = formVariables(fix, "pustakawan", "jf-pustakawan").getValue("registrationSummary", String.class);
    String seenByKadis = formVariables(fix, "kadis", "kadis").getValue("registrationSummary", String.class);
    assertThat(seenByLibrarian).contains("**Terkonfirmasi:** 2 orang", "**Daftar tunggu:** 2 orang", "Ahmad Fauzi", "daftar tunggu nomor 1");
    assertThat(seenByKadis).contains("**Terkonfirmasi:** 2 orang").doesNotContain("Ahmad", "Citra");
    assertThat(formVariables(fix, "pustakawan", "jf-pustakawan").getValueTyped("registrationOptions").getValue().toString())
        .contains(ahmad.code(), "Ahmad Fauzi");
    assertThat(taskService.getVariables(fix.getId()).keySet()).as("never stored").doesNotContain("registrationSummary", "registrationOptions");

    Map<String, Object> unknownCode = fixedList(List.of(Map.of("registrationCode", "ZZZZZZ", "removalReason", "DUPLICATE")));
    assertThatThrownBy(() -> submitAs(fix, "pustakawan", "jf-pustakawan", unknownCode)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Penghapusan ke-1: pilih pendaftaran yang terkonfirmasi atau di daftar tunggu kegiatan ini.");
    submitAs(fix, "pustakawan", "jf-pustakawan", fixedList(List.of(Map.of("registrationCode", ahmad.code(), "removalReason", "DUPLICATE"))));

    assertThat(statusByName(window)).containsExactlyInAnyOrderEntriesOf(Map.of("Ahmad Fauzi", ParticipantStatus.REMOVED,
        "Budi Santoso", ParticipantStatus.CONFIRMED, "Citra Ayu", ParticipantStatus.CONFIRMED, "Dian Purnama", ParticipantStatus.NOT_ADMITTED));
    assertThat(registrations.byCode(window.activityNumber(), ahmad.code()).orElseThrow().changedBy()).isEqualTo("pustakawan");
    executeAll(Elements.TASK_NOTIFY_PARTICIPANTS + MI_BODY, instance);
    List<Job> perParticipant = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.TASK_NOTIFY_PARTICIPANTS).list();
    assertThat(perParticipant).as("one job per participant: a refused address holds up nobody else").hasSize(4);
    managementService.executeJob(perParticipant.get(0).getId());
    assertThat(mail.getReceivedMessages()).hasSize(1);
    executeAll(Elements.TASK_NOTIFY_PARTICIPANTS, instance);
    MimeMessage confirmed = mailTo("citra.ayu@gmail.com");
    assertThat(confirmed.getSubject()).isEqualTo("Konfirmasi peserta Pustaka ASIEK " + window.activityNumber());
    assertThat(IcsReader.read(IcsReader.calendarOf(confirmed)).events()).hasSize(3);
    assertThat(GreenMailUtil.getBody(mailTo("dian.purnama@gmail.com")).replaceAll("=\r?\n", "")).contains("tempat yang tersedia tidak mencukupi");
    assertThat(GreenMailUtil.getBody(mailTo("ahmad.fauzi@gmail.com")).replaceAll("=\r?\n", "")).contains("Alasan: Pendaftaran ganda.");
    assertThat(mail.getReceivedMessages()).hasSize(4);
  }

  @Test
  void theAnalystMayCloseRegistrationBeforeTheDeadline() {
    ProcessInstance instance = registrationOpen(20);
    register(desk.window(instance.getBusinessKey()).orElseThrow(), "Dewi Lestari", "0812-3456-7890");

    assertThat(desk.closeEarly(instance.getBusinessKey(), "analis")).isTrue();

    assertThat(instance).isWaitingAt(Elements.TASK_FIX_PARTICIPANT_LIST).hasPassed(Elements.MESSAGE_REGISTRATION_CLOSED_EARLY);
    assertThat(desk.window(instance.getBusinessKey()).orElseThrow().closedBy()).isEqualTo("analis");
    assertThat(desk.closeEarly(instance.getBusinessKey(), "analis")).as("closed once").isFalse();
  }

  @Test
  void eachSessionDayHasItsCheckInAndItsTaskThatClosesTheListAsPdfAndCsv() throws Exception {
    ProcessInstance instance = registrationOpen(20);
    RegistrationWindow window = desk.window(instance.getBusinessKey()).orElseThrow();
    Participant dewi = registered(window, "Dewi Lestari", "0812-3456-7890");
    registered(window, "Budi Santoso", "081222222222");
    OpenRegistration.listFixedAndPrepared(engine, desk, instance);

    List<Job> dayTimers = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TIMER_CHECK_IN_OPENS)
        .orderByJobDuedate().asc().list();
    assertThat(dayTimers).extracting(Job::getDuedate).containsExactly(
        date(ZonedDateTime.of(2026, 12, 21, 7, 30, 0, 0, JAKARTA)), date(ZonedDateTime.of(2026, 12, 22, 7, 30, 0, 0, JAKARTA)));
    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2026, 12, 21, 7, 35, 0, 0, JAKARTA)));
    execute(dayTimers.get(0));
    Task record = taskOf(instance, Elements.TASK_RECORD_ATTENDANCE);
    assertThat(record.getDueDate()).as("30 menit").isEqualTo(date(ZonedDateTime.of(2026, 12, 21, 8, 5, 0, 0, JAKARTA)));
    assertThat(taskService.createTaskQuery().taskCandidateGroup("staf-dokumentasi").processInstanceId(instance.getId()).count()).isEqualTo(1);

    assertThat(attendance.checkIn(window.activityNumber(), OPENING, dewi.displayCode().toLowerCase(), "dokumentasi"))
        .isInstanceOf(CheckIn.CheckedIn.class);
    assertThat(attendance.checkIn(window.activityNumber(), OPENING, dewi.code(), "dokumentasi")).isInstanceOf(CheckIn.AlreadyIn.class);
    assertThat(attendance.checkIn(window.activityNumber(), OPENING.plusDays(1), dewi.code(), "dokumentasi"))
        .as("not before its day").isInstanceOf(CheckIn.DayNotOpen.class);
    CheckIn walkIn = attendance.walkIn(window.activityNumber(), OPENING,
        new RegistrationForm("Sri Wahyuni", "Desa Kutogirang, Ngoro", "0856 1234 5678", "sri.wahyuni@gmail.com", "Perpustakaan Desa Kutogirang", true),
        "dokumentasi");
    assertThat(walkIn).isInstanceOf(CheckIn.CheckedIn.class);
    assertThat(attendance.walkIn(window.activityNumber(), OPENING,
        new RegistrationForm("Tanpa Setuju", "Desa Kutogirang", "0856 9999 0000", "t@gmail.com", "Karang Taruna", false), "dokumentasi"))
        .isEqualTo(new CheckIn.Refused(Map.of("consent", "Centang persetujuan untuk mendaftar: tanpa persetujuan Anda, data Anda tidak kami simpan.")));
    assertThat(formVariables(record, "dokumentasi", "staf-dokumentasi").getValue("attendanceSummary", String.class))
        .contains("**Hadir saat ini:** 2 orang (1 dari 2 peserta terkonfirmasi, 1 peserta di tempat)",
            "(/staf/kegiatan/" + window.activityNumber() + "/hadir/2026-12-21)");

    submitAs(record, "dokumentasi", "staf-dokumentasi", Map.of(
        "requirementsConfirmed", SpinValues.jsonValue("[\"Blanko daftar hadir peserta\"]").create(), "outputConfirmed", true));

    AttendanceDay closed = attendance.day(window.activityNumber(), OPENING).orElseThrow();
    assertThat(closed.closedBy()).isEqualTo("dokumentasi");
    assertThat(closed.attendeeCount()).isEqualTo(2);
    assertThat(attendance.checkIn(window.activityNumber(), OPENING, "BUDI", "dokumentasi")).isInstanceOf(CheckIn.UnknownCode.class);
    byte[] pdf = attendance.pdf(window.activityNumber(), OPENING);
    Path file = Path.of("target", "participants", "daftar-hadir.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("DAFTAR HADIR PESERTA", "DINAS PERPUSTAKAAN DAN KEARSIPAN", "Senin, 21 Desember 2026", "Dewi Lestari",
          "081234567890", "Sri Wahyuni", "Desa Kutogirang, Ngoro", "Tanda tangan", "Jumlah hadir: 2 orang").doesNotContain("Budi Santoso");
      assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(594f, 596f);
    }
    String csv = new String(attendance.csv(window.activityNumber(), OPENING), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFNo;Nama;Alamat;Telepon").contains("1;Dewi Lestari;Dusun Sumber, Mojosari;081234567890")
        .contains("2;Sri Wahyuni;Desa Kutogirang, Ngoro;085612345678");
    assertThat(instance).isWaitingAt(Elements.TIMER_CHECK_IN_OPENS);
  }

  @Test
  void onePersonsDataIsExportedAndErasedOnRequestAndEveryonesIsPurgedWhenRetentionEnds() throws Exception {
    ProcessInstance instance = registrationOpen(20);
    RegistrationWindow window = desk.window(instance.getBusinessKey()).orElseThrow();
    Participant dewi = registered(window, "Dewi Lestari", "0812-3456-7890");
    Participant budi = registered(window, "Budi Santoso", "081222222222");
    executeAll(Elements.TASK_SEND_REGISTRATION_RECEIPT, instance);

    Map<String, Object> exported = personalData.export(window.activityNumber(), dewi.displayCode()).orElseThrow();
    assertThat(exported).containsEntry("nama", "Dewi Lestari").containsEntry("telepon", "+6281234567890")
        .containsEntry("status", "terkonfirmasi").containsEntry("dataDisimpanSampai", "2028-12-22");
    assertThat(exported.get("persetujuan").toString()).contains("v1-P2Y", "selama 2 tahun setelah hari terakhir kegiatan");

    assertThat(personalData.erase(window.activityNumber(), budi.code(), "pustakawan")).isTrue();
    Participant erased = registrations.byCode(window.activityNumber(), budi.code()).orElseThrow();
    assertThat(erased.fullName()).isNull();
    assertThat(erased.phone()).isNull();
    assertThat(erased.email()).isNull();
    assertThat(erased.status()).as("withdrawn before the workshop").isEqualTo(ParticipantStatus.CANCELLED);
    assertThat(personalData.erase(window.activityNumber(), budi.code(), "pustakawan")).as("erased once").isFalse();
    assertThat(register(window, "Budi Santoso", "081222222222")).as("the phone is free again").isInstanceOf(RegistrationOutcome.Registered.class);

    // the workshop's last day is 22 December 2026; two years later the data go
    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2028, 12, 22, 23, 0, 0, 0, JAKARTA)));
    personalData.purgeExpired();
    assertThat(registrations.byCode(window.activityNumber(), dewi.code()).orElseThrow().fullName()).as("kept to the last day").isEqualTo("Dewi Lestari");
    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2028, 12, 23, 1, 30, 0, 0, JAKARTA)));
    assertThat(personalData.purgeExpired()).isPositive();

    assertThat(registrations.of(window.activityNumber())).hasSize(3).allSatisfy(p -> {
      assertThat(p.fullName()).isNull();
      assertThat(p.email()).isNull();
      assertThat(p.secret()).isNull();
    });
    assertThat(jdbc.queryForList("select recipients from asiek_mail_log where message_key like ?", String.class,
        "participant:" + window.activityNumber() + ":%")).isNotEmpty().containsOnly("(dihapus)");
    assertThat(personalData.records(window.activityNumber())).extracting(r -> r.get("REASON") == null ? r.get("reason") : r.get("REASON"))
        .containsExactly("RETENTION", "ERASURE");
    assertThat(personalData.purgeExpired()).as("purged once").isZero();
  }

  @Test
  void cancellingTheActivityClosesRegistrationAndTellsItsParticipants() throws Exception {
    ProcessInstance instance = registrationOpen(20);
    RegistrationWindow window = desk.window(instance.getBusinessKey()).orElseThrow();
    registered(window, "Dewi Lestari", "0812-3456-7890");
    executeAll(Elements.TASK_SEND_REGISTRATION_RECEIPT, instance);
    purgeMail();

    engine.getRuntimeService().createMessageCorrelation(PustakaAsiekProcess.Messages.REQUEST_CANCELLED)
        .processInstanceBusinessKey(instance.getBusinessKey()).setVariable("cancellationReason", "Sekolah mengadakan ujian susulan.").correlate();

    assertThat(register(window, "Budi Santoso", "081222222222")).isInstanceOf(RegistrationOutcome.Closed.class);
    execute(job(Elements.TASK_NOTIFY_CANCELLATION, instance));
    mailsToAll(Elements.TASK_NOTIFY_PARTICIPANTS_OF_CANCELLATION, instance);
    assertThat(instance).isEnded();
    assertThat(GreenMailUtil.getBody(mailTo("dewi.lestari@gmail.com")).replaceAll("=\r?\n", "")).contains("dibatalkan", "ujian susulan");
  }

  // ---- helpers

  /** Registration open for {@code capacity} places (first day 21 December), the mail of the steps before it read. */
  private ProcessInstance registrationOpen(int capacity) {
    ProcessInstance instance = OpenRegistration.of(engine, capacity, MONDAY_0900.toLocalDate(), OPENING);
    purgeMail();
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REGISTRATION_CLOSES);
    return instance;
  }

  private static Map<String, Object> fixedList(List<Map<String, String>> removals) {
    Map<String, Object> values = new HashMap<>();
    values.put("requirementsConfirmed", SpinValues.jsonValue("[\"Alat komunikasi\"]").create());
    values.put("outputConfirmed", true);
    try {
      values.put("participantRemovals", SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(removals)).create());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }

  private RegistrationOutcome register(RegistrationWindow window, String name, String phone) {
    String email = name.toLowerCase().replace(' ', '.').replace(",", "") + "@gmail.com";
    return desk.register(window.token(), new RegistrationForm(name, "Dusun Sumber, Mojosari", phone, email, "SDN 1 Mojosari, kelas V", true));
  }

  /** Ahmad, Budi, Citra and Dian register in that order: with two places, Citra and Dian wait. */
  private List<RegistrationOutcome.Registered> fourRegister(RegistrationWindow window) {
    return List.of((RegistrationOutcome.Registered) register(window, "Ahmad Fauzi", "081111111111"),
        (RegistrationOutcome.Registered) register(window, "Budi Santoso", "081222222222"),
        (RegistrationOutcome.Registered) register(window, "Citra Ayu", "081333333333"),
        (RegistrationOutcome.Registered) register(window, "Dian Purnama", "081444444444"));
  }

  private Participant registered(RegistrationWindow window, String name, String phone) {
    return ((RegistrationOutcome.Registered) register(window, name, phone)).participant();
  }

  private Map<String, ParticipantStatus> statusByName(RegistrationWindow window) {
    Map<String, ParticipantStatus> statuses = new HashMap<>();
    registrations.of(window.activityNumber()).forEach(p -> statuses.put(p.fullName(), p.status()));
    return statuses;
  }
}
