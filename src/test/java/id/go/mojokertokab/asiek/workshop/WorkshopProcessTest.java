package id.go.mojokertokab.asiek.workshop;

import static id.go.mojokertokab.asiek.TestData.JAKARTA;
import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.mojokertokab.asiek.archive.ArchiveService;
import id.go.mojokertokab.asiek.certificate.Certificate;
import id.go.mojokertokab.asiek.certificate.Certificates;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentStore;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.CheckIn;
import id.go.mojokertokab.asiek.participant.OpenRegistration;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.participant.RegistrationDesk;
import id.go.mojokertokab.asiek.participant.RegistrationForm;
import id.go.mojokertokab.asiek.participant.RegistrationOutcome;
import id.go.mojokertokab.asiek.process.ProcessTestSupport;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.sop.SopStep;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workshop days and the closing of an activity on the real model and engine, one test per path: the opening when the
 * first session starts, the tasks of rows 3 to 7 refused until their output files are there, the report reviewed, kept
 * and mailed, the archive package, certificates for those who attended; a cancellation on the day; the workshop's
 * timers following a moved session. The clock is pinned: the letter on Monday 7 December 2026, the workshop on 21 and 22
 * December (opening and material on the first day, practice on the second).
 */
class WorkshopProcessTest extends ProcessTestSupport {

  static final Path DATA = Path.of("target", "workshop-process-" + UUID.randomUUID());
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 21);
  static final LocalDate SECOND_DAY = FIRST_DAY.plusDays(1);

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("asiek.data-dir", DATA::toString);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired RegistrationDesk desk;
  @Autowired AttendanceDesk attendance;
  @Autowired DocumentStore store;
  @Autowired DocumentRepository documents;
  @Autowired ArchiveService archives;

  @Autowired Certificates certificates;

  @Test
  void theWorkshopRunsFromTheOpeningToTheArchiveWithReportAndCertificates() throws Exception {
    Workshop w = prepared();
    Job opening = timer(w, Elements.TIMER_WORKSHOP_OPENS);
    assertThat(opening.getDuedate()).as("the first session's start").isEqualTo(at(FIRST_DAY, 8, 0));

    firstDayOpened(w);
    Task open = taskOf(w, Elements.TASK_OPEN_WORKSHOP);
    assertThat(open.getDueDate()).as("30 menit").isEqualTo(at(FIRST_DAY, 8, 30));
    assertThat(taskService.createTaskQuery().taskId(open.getId()).taskCandidateGroup("kadis").count()).isOne();
    String atHand = formVariables(open, "kadis", "kadis").getValue("activityDocuments", String.class);
    assertThat(atHand).contains("**Lembar disposisi**: [lembar\\-disposisi\\-" + w.number().replace("-", "\\-") + "\\.pdf](/api/dokumen/",
        "**Surat permohonan**: belum ada", "](/staf/kegiatan/" + w.number() + "/dokumen?tugas=" + open.getId() + ")");
    assertThatThrownBy(() -> submitAs(open, "kadis", "kadis", openingForm()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Keluaran SOP langkah 3 belum lengkap: belum ada surat permohonan. Surat permohonan diunggah oleh Agendaris"
            + " Surat; minta Agendaris Surat mengunggahnya di halaman dokumen kegiatan (http://asiek.test/staf/kegiatan/" + w.number()
            + "/dokumen), lalu selesaikan tugas ini lagi.");
    upload(w, DocumentKind.SURAT_PERMOHONAN, "surat-permohonan.pdf", pdf(), "agendaris");
    submitAs(open, "kadis", "kadis", openingForm());

    Task material = taskOf(w, Elements.TASK_DELIVER_MATERIAL);
    assertThat(taskService.createTaskQuery().taskId(material.getId()).taskCandidateGroup("narasumber").count()).isOne();
    assertThatThrownBy(() -> submitAs(material, "narasumber", "narasumber", materialForm()))
        .hasMessageContaining("Keluaran SOP langkah 4 belum lengkap: belum ada materi narasumber. Unggah di http://asiek.test/staf/kegiatan/");
    upload(w, DocumentKind.MATERI, "materi-katalog.pdf", pdf(), "narasumber");
    submitAs(material, "narasumber", "narasumber", materialForm());

    Task practice = taskOf(w, Elements.TASK_GUIDE_PRACTICE);
    assertThatThrownBy(() -> submitAs(practice, "pustakawan", "jf-pustakawan", practiceForm(List.of())))
        .hasMessageContaining("Kolom \"Hasil praktik per kelompok\": catat hasil sekurang-kurangnya satu kelompok.");
    submitAs(practice, "pustakawan", "jf-pustakawan", practiceForm(List.of(
        Map.of("practiceGroup", "Kelompok Melati", "practiceResult", "Menemukan 5 buku lewat katalog daring."),
        Map.of("practiceGroup", "Kelompok Mawar", "practiceResult", "Menyusun daftar bacaan kelas."))));
    assertThat(w.instance()).hasPassed(Elements.TASK_GUIDE_PRACTICE).isWaitingAt(Elements.TASK_RECORD_ATTENDANCE);

    workshopClosed(w);
    documentationDelivered(w);
    Task review = taskOf(w, Elements.TASK_REVIEW_ACTIVITY_REPORT);
    assertThat(review.getDueDate()).as("2 hari from 22 December 15.05").isEqualTo(at(LocalDate.of(2026, 12, 24), 15, 5));
    assertThat(formVariables(review, "pengembangan", "bidang-pengembangan").getValue("activityDocuments", String.class))
        .contains("(/api/kegiatan/" + w.number() + "/laporan.pdf)", "**Foto kegiatan**: [pembukaan\\.png]", "**Materi narasumber**: [materi\\-katalog\\.pdf]");
    Map<String, Object> withoutNarrative = new HashMap<>(reviewForm());
    withoutNarrative.put("reportNarrative", "");
    assertThatThrownBy(() -> submitAs(review, "pengembangan", "bidang-pengembangan", withoutNarrative))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Formulir belum dapat disimpan. Kolom \"Narasi pelaksanaan kegiatan\" wajib diisi untuk menyetujui laporan.");
    assertThat(w.instance()).isWaitingAt(Elements.TASK_REVIEW_ACTIVITY_REPORT);
    submitAs(review, "pengembangan", "bidang-pengembangan", reviewForm());
    purgeMail();

    execute(Elements.TASK_STORE_ACTIVITY_REPORT, w);
    execute(Elements.TASK_ARCHIVE_ACTIVITY, w);
    execute(Elements.TASK_SEND_CERTIFICATES + MI_BODY, w);
    assertThat(jobs(Elements.TASK_SEND_CERTIFICATES, w)).as("one mail job per participant who attended").hasSize(2);
    jobs(Elements.TASK_SEND_CERTIFICATES, w).forEach(j -> managementService.executeJob(j.getId()));
    execute(Elements.TASK_SEND_ACTIVITY_REPORT, w);

    assertThat(w.instance()).isEnded().hasPassed(Elements.END_ACTIVITY_ARCHIVED);
    assertThat(jdbc.queryForObject("select status from asiek_activity where activity_number = ?", String.class, w.number())).isEqualTo("COMPLETED");
    Document report = only(w, DocumentKind.LAPORAN);
    String reportText = text(Files.readAllBytes(store.path(report)), "laporan-kegiatan-proses.pdf");
    assertThat(reportText).contains("LAPORAN PELAKSANAAN KEGIATAN", "Peserta dan kehadiran per hari", "Hasil praktik per kelompok",
        "Kelompok Melati", "Menyusun daftar bacaan kelas", "Kegiatan berjalan lancar", "Layak diulang", "Buka kegiatan dan terima laporan kegiatan",
        "Serahkan foto, video dan video hasil editing").doesNotContain("DRAF", "Dewi Lestari", "0812");

    Path bag = Path.of(archives.find(w.number()).orElseThrow().bagPath());
    assertThat(sha256sum(bag, "manifest-sha256.txt")).contains("data/surat-permohonan/01-surat-permohonan.pdf: OK",
        "data/lembar-disposisi/01-lembar-disposisi-" + w.number() + ".pdf: OK",
        "data/daftar-hadir/01-daftar-hadir-" + w.number() + "-2026-12-21.pdf: OK", "data/daftar-hadir/02-daftar-hadir-" + w.number() + "-2026-12-22.pdf: OK",
        "data/foto/01-pembukaan.png: OK", "data/video/01-hari-1.mp4: OK", "data/video-edit/01-ringkasan.mp4: OK",
        "data/materi/01-materi-katalog.pdf: OK", "data/laporan/01-laporan-pelaksanaan-" + w.number() + ".pdf: OK");
    assertThat(sha256sum(bag, "tagmanifest-sha256.txt")).contains("bag-info.txt: OK", "manifest-sha256.txt: OK");

    List<Certificate> issued = certificates.of(w.number());
    assertThat(issued).extracting(Certificate::participantName).containsExactlyInAnyOrder("Dewi Lestari", "Budi Santoso");
    MimeMessage dewisCertificate = mailTo("dewi.lestari@gmail.com");
    Certificate dewis = issued.stream().filter(c -> c.participantName().equals("Dewi Lestari")).findFirst().orElseThrow();
    assertThat(dewisCertificate.getSubject()).isEqualTo("Sertifikat Pustaka ASIEK " + w.number());
    assertThat(text(attachment(dewisCertificate, "sertifikat-" + dewis.code() + ".pdf"), "sertifikat-proses.pdf"))
        .as("both workshop days, not the first alone").contains("SERTIFIKAT", "Dewi Lestari", dewis.code(), "21–22 Desember 2026");
    assertThat(plainText(dewisCertificate)).contains("bersama SDN 1 Mojosari pada 21–22 Desember 2026.");
    assertThat(mailsTo("citra.ayu@gmail.com")).as("registered, never came").isEmpty();
    MimeMessage toRequester = mailTo("siti.aminah@sdn1mojosari.sch.id");
    MimeMessage toHead = mailTo("kadis@pustaka-asiek.test");
    assertThat(toRequester.getSubject()).isEqualTo("[" + w.number() + "] Laporan pelaksanaan kegiatan Pustaka ASIEK bersama SDN 1 Mojosari");
    assertThat(attachment(toRequester, "laporan-pelaksanaan-" + w.number() + ".pdf")).isEqualTo(Files.readAllBytes(store.path(report)));
    assertThat(GreenMailUtil.getBody(toHead).replaceAll("=\r?\n", "")).contains("telah selesai dan diarsipkan", "Bidang Pengembangan");
    assertThat(mail.getReceivedMessages()).as("two certificates, two report mails").hasSize(4);
  }

  @Test
  void theDocumentationTaskIsRefusedWithoutPhotosAndVideosAndCompletesWithThem() throws Exception {
    Workshop w = prepared();
    firstDayOpened(w);
    workshopDaysDone(w);
    workshopClosed(w);
    Task documentation = taskOf(w, Elements.TASK_DELIVER_DOCUMENTATION);
    assertThat(taskService.createTaskQuery().taskId(documentation.getId()).taskCandidateGroup("staf-dokumentasi").count()).isOne();

    assertThatThrownBy(() -> submitAs(documentation, "dokumentasi", "staf-dokumentasi", documentationForm()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Formulir belum dapat disimpan. Keluaran SOP langkah 7 belum lengkap: belum ada foto kegiatan, video kegiatan dan video"
            + " hasil editing. Unggah di http://asiek.test/staf/kegiatan/" + w.number() + "/dokumen, lalu selesaikan tugas ini lagi.");
    assertThat(w.instance()).isWaitingAt(Elements.TASK_DELIVER_DOCUMENTATION);
    assertThat(runtimeService.getVariables(w.instance().getId())).as("nothing of the refused form is kept").doesNotContainKey("documentationNote");
    upload(w, DocumentKind.FOTO, "pembukaan.png", png(), "dokumentasi");
    assertThatThrownBy(() -> submitAs(documentation, "dokumentasi", "staf-dokumentasi", documentationForm()))
        .hasMessageContaining("belum ada video kegiatan dan video hasil editing.");

    upload(w, DocumentKind.VIDEO, "hari 1.mp4", video(50_000), "dokumentasi");
    upload(w, DocumentKind.VIDEO_EDIT, "ringkasan.mp4", video(40_000), "dokumentasi");
    submitAs(documentation, "dokumentasi", "staf-dokumentasi", documentationForm());

    assertThat(w.instance()).isWaitingAt(Elements.TASK_REVIEW_ACTIVITY_REPORT).task().hasCandidateGroup("bidang-pengembangan");
    assertThat(runtimeService.getVariable(w.instance().getId(), "documentationNote")).isEqualTo("Sesi praktik hari kedua direkam dari dua sudut.");
  }

  @Test
  void aCancellationOnTheDayInterruptsTheWorkshopReleasesTheBookingsAndTellsEveryone() throws Exception {
    Workshop w = prepared();
    firstDayOpened(w);
    assertThat(w.instance()).isWaitingAt(Elements.TASK_OPEN_WORKSHOP, Elements.TASK_RECORD_ATTENDANCE, Elements.TIMER_CHECK_IN_OPENS);
    purgeMail();

    runtimeService.createMessageCorrelation(PustakaAsiekProcess.Messages.REQUEST_CANCELLED).processInstanceBusinessKey(w.number())
        .setVariable("cancellationReason", "Banjir di Mojosari; sekolah diliburkan.").correlate();

    assertThat(taskService.createTaskQuery().processInstanceId(w.instance().getId()).count()).as("no task of the day is left").isZero();
    assertThat(jdbc.queryForObject("select count(*) from asiek_booking where activity_number = ?", Long.class, w.number())).isZero();
    assertThat(attendance.checkIn(w.number(), FIRST_DAY, w.budi().code(), "dokumentasi")).isInstanceOf(CheckIn.DayNotOpen.class);
    execute(Elements.TASK_NOTIFY_CANCELLATION, w);
    execute(Elements.TASK_NOTIFY_PARTICIPANTS_OF_CANCELLATION + MI_BODY, w);
    jobs(Elements.TASK_NOTIFY_PARTICIPANTS_OF_CANCELLATION, w).forEach(j -> managementService.executeJob(j.getId()));
    assertThat(w.instance()).isEnded().hasPassed(Elements.END_REQUEST_CANCELLED).hasNotPassed(Elements.TASK_DELIVER_MATERIAL);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(w.instance().getId())
        .taskDefinitionKey(Elements.TASK_OPEN_WORKSHOP).singleResult().getDeleteReason()).as("interrupted, not completed").isNotEqualTo("completed");
    assertThat(GreenMailUtil.getBody(mailTo("siti.aminah@sdn1mojosari.sch.id")).replaceAll("=\r?\n", "")).contains("Banjir di Mojosari");
    assertThat(mailTo("narasumber@pustaka-asiek.test").getAllRecipients()).extracting(Object::toString)
        .as("who runs the day is told").contains("pustakawan@pustaka-asiek.test", "dokumentasi@pustaka-asiek.test", "kebersihan@pustaka-asiek.test");
    assertThat(GreenMailUtil.getBody(mailTo("dewi.lestari@gmail.com")).replaceAll("=\r?\n", "")).contains("dibatalkan", "Banjir di Mojosari");
    assertThat(GreenMailUtil.getBody(mailTo("budi.santoso@gmail.com")).replaceAll("=\r?\n", "")).contains("dibatalkan");
    assertThat(jdbc.queryForObject("select status from asiek_activity where activity_number = ?", String.class, w.number())).isEqualTo("CANCELLED");
  }

  @Test
  void theWorkshopTimersReadTheScheduleAsItIsWhenRecalculated() {
    Workshop w = prepared();
    Job opening = timer(w, Elements.TIMER_WORKSHOP_OPENS);
    assertThat(opening.getDuedate()).isEqualTo(at(FIRST_DAY, 8, 0));

    // The opening moves an hour later on the day (what the session move of another step writes into the bookings).
    jdbc.update("update asiek_booking set starts_at = ?, ends_at = ? where activity_number = ? and session_type = 'PEMBUKAAN'",
        at(FIRST_DAY, 9, 0).toInstant().atOffset(java.time.ZoneOffset.UTC), at(FIRST_DAY, 10, 0).toInstant().atOffset(java.time.ZoneOffset.UTC),
        w.number());
    managementService.recalculateJobDuedate(opening.getId(), false);

    assertThat(managementService.createJobQuery().jobId(opening.getId()).singleResult().getDuedate()).isEqualTo(at(FIRST_DAY, 9, 0));
  }

  @Test
  void aCertificateMailThatFailsIsRetriedWithoutASecondCertificateOrMail() throws Exception {
    Workshop w = prepared();
    firstDayOpened(w);
    workshopDaysDone(w);
    workshopClosed(w);
    documentationDelivered(w);
    submitAs(taskOf(w, Elements.TASK_REVIEW_ACTIVITY_REPORT), "pengembangan", "bidang-pengembangan", reviewForm());
    execute(Elements.TASK_STORE_ACTIVITY_REPORT, w);
    execute(Elements.TASK_ARCHIVE_ACTIVITY, w);
    List<String> codes = certificates.of(w.number()).stream().map(Certificate::code).toList();
    purgeMail();
    mail.stop();

    execute(Elements.TASK_SEND_CERTIFICATES + MI_BODY, w);
    List<Job> sends = jobs(Elements.TASK_SEND_CERTIFICATES, w);
    assertThat(sends).hasSize(2);
    assertThatThrownBy(() -> managementService.executeJob(sends.get(0).getId())).hasMessageContaining("was not accepted by the SMTP server");
    mail.start();
    managementService.executeJob(sends.get(1).getId());
    assertThat(mail.getReceivedMessages()).as("the other participant's mail does not wait for the failed one").hasSize(1);
    managementService.executeJob(sends.get(0).getId());
    execute(Elements.TASK_SEND_ACTIVITY_REPORT, w);

    assertThat(certificates.of(w.number()).stream().map(Certificate::code).toList()).containsExactlyInAnyOrderElementsOf(codes).hasSize(2);
    assertThat(mailsTo("dewi.lestari@gmail.com")).hasSize(1);
    assertThat(mailsTo("budi.santoso@gmail.com")).hasSize(1);
    assertThat(w.instance()).isEnded();
  }

  // ---- the path, step by step

  /** The activity, its instance, and the two participants who come (Dewi on both days, Budi on the second). */
  record Workshop(ProcessInstance instance, String number, Participant dewi, Participant budi) {}

  /** Registration open, three registered, the list fixed, everyone told, the preparations done: the workshop days wait. */
  private Workshop prepared() {
    ProcessInstance instance = OpenRegistration.of(engine, 20, MONDAY_0900.toLocalDate(), FIRST_DAY);
    String token = OpenRegistration.token(desk, instance);
    Participant dewi = register(token, "Dewi Lestari", "0812-3456-7890");
    Participant budi = register(token, "Budi Santoso", "081222222222");
    register(token, "Citra Ayu", "081333333333");
    executeAll(Elements.TASK_SEND_REGISTRATION_RECEIPT, instance);
    OpenRegistration.listFixedAndPrepared(engine, desk, instance);
    purgeMail();
    return new Workshop(instance, instance.getBusinessKey(), dewi, budi);
  }

  /** 21 December: check-in opens at 07.30, Dewi comes, the opening timer fires at 08.00. */
  private void firstDayOpened(Workshop w) {
    now(FIRST_DAY, 7, 35);
    managementService.executeJob(checkInTimer(w, FIRST_DAY).getId());
    assertThat(attendance.checkIn(w.number(), FIRST_DAY, w.dewi().code(), "dokumentasi")).isInstanceOf(CheckIn.CheckedIn.class);
    now(FIRST_DAY, 8, 0);
    managementService.executeJob(timer(w, Elements.TIMER_WORKSHOP_OPENS).getId());
  }

  /** Opening, material and practice done, with the files their rows require. */
  private void workshopDaysDone(Workshop w) {
    upload(w, DocumentKind.SURAT_PERMOHONAN, "surat-permohonan.pdf", pdf(), "agendaris");
    submitAs(taskOf(w, Elements.TASK_OPEN_WORKSHOP), "kadis", "kadis", openingForm());
    upload(w, DocumentKind.MATERI, "materi-katalog.pdf", pdf(), "narasumber");
    submitAs(taskOf(w, Elements.TASK_DELIVER_MATERIAL), "narasumber", "narasumber", materialForm());
    submitAs(taskOf(w, Elements.TASK_GUIDE_PRACTICE), "pustakawan", "jf-pustakawan", practiceForm(List.of(
        Map.of("practiceGroup", "Kelompok Melati", "practiceResult", "Menemukan 5 buku lewat katalog daring."))));
  }

  /** Day one's list closed; day two: Dewi and Budi come, its list closed; the workshop's end passes at 15.00. */
  private void workshopClosed(Workshop w) {
    now(FIRST_DAY, 9, 10);
    submitAs(attendanceTask(w), "dokumentasi", "staf-dokumentasi", attendanceForm());
    now(SECOND_DAY, 7, 35);
    managementService.executeJob(checkInTimer(w, SECOND_DAY).getId());
    attendance.checkIn(w.number(), SECOND_DAY, w.dewi().code(), "dokumentasi");
    attendance.checkIn(w.number(), SECOND_DAY, w.budi().code(), "dokumentasi");
    submitAs(attendanceTask(w), "dokumentasi", "staf-dokumentasi", attendanceForm());
    Job closes = timer(w, Elements.TIMER_WORKSHOP_CLOSES);
    assertThat(closes.getDuedate()).as("the last session's end").isEqualTo(at(SECOND_DAY, 15, 0));
    now(SECOND_DAY, 15, 5);
    managementService.executeJob(closes.getId());
  }

  private void documentationDelivered(Workshop w) {
    upload(w, DocumentKind.FOTO, "pembukaan.png", png(), "dokumentasi");
    upload(w, DocumentKind.VIDEO, "hari 1.mp4", video(50_000), "dokumentasi");
    upload(w, DocumentKind.VIDEO_EDIT, "ringkasan.mp4", video(40_000), "dokumentasi");
    submitAs(taskOf(w, Elements.TASK_DELIVER_DOCUMENTATION), "dokumentasi", "staf-dokumentasi", documentationForm());
  }

  // ---- forms as Tasklist submits them

  private static Map<String, Object> withMutuBaku(String requirements, Map<String, Object> fields) {
    Map<String, Object> values = new HashMap<>(fields);
    values.put("requirementsConfirmed", SpinValues.jsonValue(requirements).create());
    values.put("outputConfirmed", true);
    return values;
  }

  static Map<String, Object> openingForm() {
    return withMutuBaku("[\"Kertas lembar disposisi\",\"ATK lainnya\"]", Map.of("openingNote", "Sambutan KADIS; laporan panitia: 28 peserta hadir."));
  }

  static Map<String, Object> materialForm() {
    return withMutuBaku("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]", Map.of("materialDeliveryNote", "Sesuai rencana."));
  }

  static Map<String, Object> practiceForm(List<Map<String, String>> groups) {
    try {
      return withMutuBaku("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]", Map.of("practiceResults",
          SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(groups)).create()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> documentationForm() {
    return withMutuBaku("[\"Kamera\",\"Handycam\",\"Laptop\"]", Map.of("documentationNote", "Sesi praktik hari kedua direkam dari dua sudut."));
  }

  static Map<String, Object> reviewForm() {
    return withMutuBaku("[\"Laptop\",\"ATK lainnya\"]", Map.of("reportNarrative", "Kegiatan berjalan lancar dan diikuti dengan antusias.",
        "reportConclusions", "Layak diulang tahun depan."));
  }

  static Map<String, Object> attendanceForm() {
    return withMutuBaku("[\"Blanko daftar hadir peserta\"]", Map.of());
  }

  // ---- helpers

  private Participant register(String token, String name, String phone) {
    String email = name.toLowerCase().replace(' ', '.') + "@gmail.com";
    RegistrationOutcome outcome = desk.register(token, new RegistrationForm(name, "Dusun Sumber, Mojosari", phone, email, "SDN 1 Mojosari", true));
    return ((RegistrationOutcome.Registered) outcome).participant();
  }

  private Document upload(Workshop w, DocumentKind kind, String name, byte[] content, String user) {
    return store.store(w.number(), kind, name, new ByteArrayInputStream(content), user);
  }

  private Document only(Workshop w, DocumentKind kind) {
    List<Document> ofKind = documents.of(w.number()).stream().filter(d -> d.kind() == kind).toList();
    assertThat(ofKind).hasSize(1);
    return ofKind.get(0);
  }

  private Task taskOf(Workshop w, String key) {
    return taskOf(w.instance(), key);
  }

  private Task attendanceTask(Workshop w) {
    return taskOf(w, Elements.TASK_RECORD_ATTENDANCE);
  }

  private Job timer(Workshop w, String activityId) {
    return managementService.createJobQuery().processInstanceId(w.instance().getId()).activityId(activityId).timers().singleResult();
  }

  private Job checkInTimer(Workshop w, LocalDate day) {
    return managementService.createJobQuery().processInstanceId(w.instance().getId()).activityId(Elements.TIMER_CHECK_IN_OPENS).timers()
        .duedateLowerThan(at(day.plusDays(1), 0, 0)).list().stream().filter(j -> !j.getDuedate().before(at(day, 0, 0))).findFirst().orElseThrow();
  }

  private Job job(String activityId, Workshop w) {
    return managementService.createJobQuery().processInstanceId(w.instance().getId()).activityId(activityId).singleResult();
  }

  private List<Job> jobs(String activityId, Workshop w) {
    return managementService.createJobQuery().processInstanceId(w.instance().getId()).activityId(activityId).list();
  }

  private void execute(String activityId, Workshop w) {
    Job job = job(activityId, w);
    assertThat(job).as("job of " + activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  /** As Tasklist does it: the form's mutu baku checked as its actor sees it, the task claimed, then submitted. */
  @Override
  protected void submitAs(Task task, String user, String group, Map<String, Object> values) {
    assertShowsItsMutuBaku(task, user, group);
    as(user, group, () -> {
      taskService.claim(task.getId(), user);
      formService.submitTaskForm(task.getId(), values);
    });
  }

  /** What the form's mutu baku block shows, as its actor loads it: the task's SOP row from the model, never stored. */
  private void assertShowsItsMutuBaku(Task task, String user, String group) {
    SopStep step = SopStep.of(engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey())).orElseThrow();
    VariableMap form = formVariables(task, user, group);
    // as the form's Markdown texts receive them: escaped
    assertThat(form).as(task.getTaskDefinitionKey()).containsEntry("sopStep", Markdown.escape(step.step()))
        .containsEntry("sopStepName", Markdown.escape(step.stepName())).containsEntry("sopDuration", Markdown.escape(step.duration()))
        .containsEntry("sopOutput", Markdown.escape(step.output()));
    assertThat((String) form.get("sopDueDate")).as(task.getTaskDefinitionKey()).isNotBlank();
    assertThat(form.get("requirementOptions").toString()).as(task.getTaskDefinitionKey()).contains(step.requirementItems().get(0));
    assertThat(taskService.getVariablesLocal(task.getId())).as(task.getTaskDefinitionKey()).doesNotContainKeys("sopStep", "sopOutput");
  }

  private static java.util.Date at(LocalDate day, int hour, int minute) {
    return date(ZonedDateTime.of(day.atTime(hour, minute), JAKARTA));
  }

  private static void now(LocalDate day, int hour, int minute) {
    ClockUtil.setCurrentTime(at(day, hour, minute));
  }

  static String sha256sum(Path bag, String manifest) throws Exception {
    Process process = new ProcessBuilder("sha256sum", "--strict", "-c", manifest).directory(bag.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  /** The PDF's text, after keeping the PDF in target/pdf/ for a person to look at. */
  static String text(byte[] pdf, String keepAs) throws Exception {
    Files.createDirectories(Path.of("target", "pdf"));
    Files.write(Path.of("target", "pdf", keepAs), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** The mail's text, decoded, wherever in its parts it is. */
  static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        String text = plainText(parts.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  static byte[] attachment(MimeMessage message, String fileName) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment " + fileName + " in " + message.getSubject());
  }

  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  static byte[] png() {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.ORANGE);
    g.fillRect(0, 0, 640, 480);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", out);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** An MP4 as far as its first bytes tell (ftyp box), then noise. */
  static byte[] video(int length) {
    byte[] video = new byte[length];
    new java.util.Random(length).nextBytes(video);
    byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
    System.arraycopy(ftyp, 0, video, 0, ftyp.length);
    return video;
  }
}
