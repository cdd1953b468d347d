package id.go.mojokertokab.asiek.integration;

import static id.go.mojokertokab.asiek.TestData.JAKARTA;
import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.ReceivedMail;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopVars;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole SOP, from the request letter to the archive package, in one run of the application and through the calls
 * staff make: Tasklist's (a task's form variables, claim, submit form) as each lane's demo user over HTTP Basic, the
 * staff pages with the Tasklist session and their CSRF field, the document uploads, and the public registration page
 * from the participants' phones. Subclasses run it on H2 and on embedded PostgreSQL.
 *
 * <p>The engine clock is pinned: the letter arrives on Monday 7 December 2026 ({@link TestData#MONDAY_0900}) and is
 * handled that day; the workshop runs on 21 and 22 December (opening and material on the first day, practice on the
 * second, as {@link TestData#schedule} books it). Every step is done within its waktu, so no escalation is mailed.
 *
 * <p>Jobs: the job executor is off (test profile), and {@link #runDueJobs()} does what it would do at the pinned time:
 * it executes, through the application's {@link ManagementService}, every job of the instance that the executor would
 * acquire ({@code executable()}: no due date or one that has passed on the engine clock, retries left), until none is
 * left. Not the admin's {@code POST /engine-rest/job/{id}/execute}: that runs the job with the administrator
 * authenticated, which the job executor never is, so a delegate that depends on who is signed in would pass here and
 * fail in production; and it is an operator's repair call, not part of any lane's path.
 */
abstract class WholePathIntegrationTestBase {

  static final LocalDate LETTER_DAY = MONDAY_0900.toLocalDate();
  static final LocalDate FIRST_DAY = TestData.WORKSHOP_FIRST_DAY;
  static final LocalDate SECOND_DAY = FIRST_DAY.plusDays(1);
  static final String REQUESTER = "siti.aminah@sdn1mojosari.sch.id";
  private static final Pattern REGISTRATION_LINK = Pattern.compile("/daftar/([A-Za-z0-9_-]{20,})");
  private static final Pattern OWN_PAGE = Pattern.compile("/daftar/peserta/([A-Za-z0-9_-]+)\\?baru");
  private static final Pattern PARTICIPANT_CODE = Pattern.compile("class=\"kode\">([^<]+)<");
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  /**
   * A data folder for each application context: an archive package is never overwritten, so a package of the same
   * activity number left by the other database's run would be kept instead of this run's.
   */
  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String folder = Path.of("target", "whole-path-" + UUID.randomUUID()).toString();
    registry.add("asiek.data-dir", () -> folder);
  }

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Value("${asiek.data-dir}") Path dataDir;

  private RestClient rest;
  private String number;
  private String instanceId;
  private String registrationPath;
  /** The participants' codes as their own page shows them, by name. */
  private final Map<String, String> codes = new LinkedHashMap<>();
  private int nextAddress = 30;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aRequestLetterBecomesAnArchivedActivityThroughTheFormsAndPagesStaffUse() throws Exception {
    rest = new RestClient(port);
    now(LETTER_DAY, 9, 0);
    recordRequestLetter();
    uploadLetterScan();
    now(LETTER_DAY, 9, 20);
    disposeRequest();
    runDueJobs();
    now(LETTER_DAY, 10, 0);
    coordinateWithRequester();
    runDueJobs();
    receiveScheduleConfirmation();
    now(LETTER_DAY, 10, 30);
    prepareEquipment();
    prepareRoom();
    confirmSpeakerMaterial();
    now(LETTER_DAY, 11, 0);
    registerOnThePublicPage("Dewi Lestari", "0812-3456-7890");
    registerOnThePublicPage("Budi Santoso", "081222222222");
    registerOnThePublicPage("Citra Ayu", "081333333333");
    runDueJobs();
    now(LETTER_DAY, 13, 0);
    closeRegistrationEarly();
    now(LETTER_DAY, 13, 30);
    fixParticipantList();
    runDueJobs();

    attendanceTaken(FIRST_DAY, "Dewi Lestari");
    onlyTimerDueAt(FIRST_DAY, 8, 0, Elements.TIMER_WORKSHOP_OPENS);
    now(FIRST_DAY, 8, 10);
    openWorkshop();
    now(FIRST_DAY, 14, 55);
    deliverMaterial();
    attendanceTaken(SECOND_DAY, "Dewi Lestari", "Budi Santoso");
    now(SECOND_DAY, 14, 55);
    guidePractice();
    onlyTimerDueAt(SECOND_DAY, 15, 5, Elements.TIMER_WORKSHOP_CLOSES);
    now(SECOND_DAY, 15, 30);
    deliverDocumentation();
    now(SECOND_DAY, 15, 45);
    reviewActivityReport();
    assertThat(runDueJobs()).as("the closing steps, a certificate mail for each participant who came").containsExactly(
        Elements.TASK_STORE_ACTIVITY_REPORT, Elements.TASK_ARCHIVE_ACTIVITY, Elements.TASK_SEND_CERTIFICATES + "#multiInstanceBody",
        Elements.TASK_SEND_CERTIFICATES, Elements.TASK_SEND_CERTIFICATES, Elements.TASK_SEND_ACTIVITY_REPORT);

    JsonNode history = rest.get("admin", "/engine-rest/history/process-instance/" + instanceId).json();
    assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(rest.get("admin", "/engine-rest/history/activity-instance?processInstanceId=" + instanceId + "&activityId="
        + Elements.END_ACTIVITY_ARCHIVED).json().findValuesAsText("activityName")).containsExactly("Kegiatan selesai dan diarsipkan");
    assertThat(jdbc.queryForObject("select status from asiek_activity where activity_number = ?", String.class, number)).isEqualTo("COMPLETED");

    JsonNode archive = rest.get("pengembangan", "/api/arsip/" + number).json();
    Path bag = Path.of(archive.path("lokasi").asText());
    assertThat(bag).isEqualTo(dataDir.resolve("arsip").resolve(number));
    assertThat(DocumentsIntegrationTest.sha256sumCheck(bag, "manifest-sha256.txt")).contains(
        "data/surat-permohonan/01-surat-permohonan.pdf: OK",
        "data/lembar-disposisi/01-lembar-disposisi-" + number + ".pdf: OK",
        "data/daftar-hadir/01-daftar-hadir-" + number + "-" + FIRST_DAY + ".pdf: OK",
        "data/daftar-hadir/02-daftar-hadir-" + number + "-" + SECOND_DAY + ".pdf: OK",
        "data/foto/01-pembukaan.png: OK", "data/video/01-hari-1.mp4: OK", "data/video-edit/01-ringkasan.mp4: OK",
        "data/materi/01-materi-katalog.pdf: OK", "data/laporan/01-laporan-pelaksanaan-" + number + ".pdf: OK");
    assertThat(DocumentsIntegrationTest.sha256sumCheck(bag, "tagmanifest-sha256.txt")).contains("bagit.txt: OK", "bag-info.txt: OK",
        "manifest-sha256.txt: OK");
    String payloadOxum = DocumentsIntegrationTest.payloadOxum(bag.resolve("data"));
    assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("External-Identifier: " + number, "Payload-Oxum: " + payloadOxum);
    assertThat(archive.path("payloadOxum").asText()).isEqualTo(payloadOxum);
    assertThat(archive.path("utuh").asBoolean()).isTrue();
    assertThat(archive.path("manifest").findValuesAsText("berkas")).contains("data/surat-permohonan/01-surat-permohonan.pdf",
        "data/laporan/01-laporan-pelaksanaan-" + number + ".pdf");

    String certificateSubject = "Sertifikat Pustaka ASIEK " + number;
    assertThat(mailsTo("dewi.lestari@gmail.com")).filteredOn(m -> subject(m).equals(certificateSubject)).hasSize(1);
    assertThat(mailsTo("budi.santoso@gmail.com")).filteredOn(m -> subject(m).equals(certificateSubject)).hasSize(1);
    assertThat(mailsTo("citra.ayu@gmail.com")).as("registered, never came").filteredOn(m -> subject(m).equals(certificateSubject)).isEmpty();
    byte[] approvedReport = Files.readAllBytes(bag.resolve("data/laporan/01-laporan-pelaksanaan-" + number + ".pdf"));
    for (String reader : List.of(REQUESTER, "kadis@pustaka-asiek.test")) {
      List<MimeMessage> reports = mailsTo(reader).stream().filter(m -> subject(m).contains("Laporan pelaksanaan kegiatan")).toList();
      assertThat(reports).as("the report to " + reader).hasSize(1);
      assertThat(attachment(reports.get(0), "laporan-pelaksanaan-" + number + ".pdf")).isEqualTo(approvedReport);
    }
    // read from this application's own mail log: GreenMail's port is shared with the other cached test contexts, whose
    // job executors may fire their own SOP timers once this test moves the engine's clock (a JVM-wide static)
    assertThat(jdbc.queryForList("select subject from asiek_mail_log where message_key like 'task-overdue:%'", String.class))
        .as("every step within its waktu").isEmpty();
  }

  // ---- the SOP, step by step

  /** Agendaris Surat: Tasklist's start form, the letter typed in; the activity gets its number. */
  private void recordRequestLetter() {
    String form = "/engine-rest/process-definition/key/" + PustakaAsiekProcess.KEY;
    assertThat(rest.get("agendaris", form + "/form-variables").status()).isEqualTo(200);
    RestClient.Reply started = rest.post("agendaris", form + "/submit-form",
        RestApiIntegrationTestBase.variables(TestData.requestLetter(LETTER_DAY)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    number = started.json().path("businessKey").asText();
    instanceId = started.json().path("id").asText();
    assertThat(number).matches("ASIEK-2026-\\d{4}");
  }

  /** Agendaris Surat: the letter's scan, right after recording it, so that the KADIS has it at hand. */
  private void uploadLetterScan() {
    upload("agendaris", "SURAT_PERMOHONAN", "surat-permohonan.pdf", DocumentsIntegrationTest.minimalPdf());
  }

  /** KADIS (row 1): the disposition, the scan at hand in the form; accepted and forwarded to the analysts. */
  private void disposeRequest() {
    JsonNode form = complete("kadis", Elements.TASK_DISPOSE_REQUEST, TestData.acceptedDisposition());
    assertThat(form.path(Vars.ACTIVITY_DOCUMENTS.name()).path("value").asText()).contains("[surat\\-permohonan\\.pdf](/api/dokumen/");
  }

  /** Staf Analis Kerjasama (row 2): how the disposition was conveyed, and a free schedule, which is checked and booked. */
  private void coordinateWithRequester() {
    complete("analis", Elements.TASK_COORDINATE_WITH_REQUESTER, TestData.coordination(MONDAY_0900.plusMinutes(45)));
    JsonNode room = rest.get("kasubag", "/api/pemesanan?dari=" + FIRST_DAY + "&sampai=" + SECOND_DAY + "&sumberDaya=ruang-pelatihan").json();
    assertThat(room).as("opening, material and practice booked in the training room").hasSize(3);
  }

  /** The requester's confirmation mail carries the public registration link, which the staff page shows too. */
  private void receiveScheduleConfirmation() throws Exception {
    List<String> links = new ArrayList<>();
    for (MimeMessage confirmation : mailsTo(REQUESTER)) {
      Matcher link = REGISTRATION_LINK.matcher(text(confirmation));
      if (link.find()) {
        links.add(link.group());
      }
    }
    assertThat(links).as("the registration link in the confirmation mail").hasSize(1);
    registrationPath = links.get(0);
    assertThat(signedIn("analis").get(null, "/staf/kegiatan/" + number + "/peserta").body()).contains(registrationPath);
  }

  /** Kasubag Umum (row 4's preparation): every piece of booked equipment ticked. */
  private void prepareEquipment() {
    complete("kasubag", Elements.TASK_PREPARE_EQUIPMENT, TestData.preparedEquipment());
  }

  /** Staf Kebersihan: the room ready. */
  private void prepareRoom() {
    complete("kebersihan", Elements.TASK_PREPARE_ROOM, TestData.preparedRoom(ZonedDateTime.of(LETTER_DAY.atTime(10, 15), JAKARTA)));
  }

  /** Narasumber: attendance confirmed, the material's title and outline. */
  private void confirmSpeakerMaterial() {
    complete("narasumber", Elements.TASK_CONFIRM_SPEAKER_MATERIAL, TestData.speakerConfirmation());
  }

  /** A participant on their phone: the public page, the form with its CSRF field, their own page with their code. */
  private void registerOnThePublicPage(String name, String phone) {
    PublicPageClient visitor = new PublicPageClient(port, "127.0.0." + nextAddress++);
    PublicPageClient.Page form = visitor.get(registrationPath);
    assertThat(form.status()).isEqualTo(200);
    Map<String, String> values = new HashMap<>();
    values.put("_csrf", form.csrf());
    values.put("fullName", name);
    values.put("address", "Dusun Sumber RT 02 RW 03, Mojosari");
    values.put("phone", phone);
    values.put("email", name.toLowerCase().replace(' ', '.') + "@gmail.com");
    values.put("affiliation", "SDN 1 Mojosari, kelas V");
    values.put("consent", "true");
    PublicPageClient.Page sent = visitor.post(registrationPath, values);
    assertThat(sent.status()).as(sent.body()).isEqualTo(302);
    Matcher own = OWN_PAGE.matcher(sent.header("location"));
    assertThat(own.find()).isTrue();
    PublicPageClient.Page page = visitor.get("/daftar/peserta/" + own.group(1));
    assertThat(page.body()).contains(name, "terkonfirmasi");
    Matcher code = PARTICIPANT_CODE.matcher(page.body());
    assertThat(code.find()).isTrue();
    codes.put(name, code.group(1));
  }

  /** Staf Analis Kerjasama: "Tutup pendaftaran sekarang" on the activity's participant page. */
  private void closeRegistrationEarly() {
    RestClient analyst = signedIn("analis");
    String page = "/staf/kegiatan/" + number + "/peserta";
    RestClient.Reply closed = analyst.postForm("/staf/kegiatan/" + number + "/pendaftaran/tutup", Map.of("_csrf", csrf(analyst.get(null, page).body())));
    assertThat(closed.status()).isEqualTo(302);
    assertThat(closed.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("pesan=ditutup"));
  }

  /** JF Pustakawan (row 2): the list as it stands, nobody removed. */
  private void fixParticipantList() {
    JsonNode form = complete("pustakawan", Elements.TASK_FIX_PARTICIPANT_LIST, Map.of(
        Registration.PARTICIPANT_REMOVALS.name(), SpinValues.jsonValue("[]").create(), Vars.OUTPUT_CONFIRMED.name(), true));
    assertThat(form.path(Registration.REGISTRATION_SUMMARY.name()).path("value").asText()).contains("Dewi Lestari", "Budi Santoso", "Citra Ayu");
  }

  /** A workshop day at the door: check-in opens at 07.35, {@code names} come, the day's list is closed at 07.55. */
  private void attendanceTaken(LocalDate day, String... names) {
    onlyTimerDueAt(day, 7, 35, Elements.TIMER_CHECK_IN_OPENS);
    checkIn(day, names);
    now(day, 7, 55);
    recordAttendance(day);
  }

  /** Staf Bagian Dokumentasi at the door: each participant's code typed on the day's check-in page. */
  private void checkIn(LocalDate day, String... names) {
    RestClient documentation = signedIn("dokumentasi");
    String page = "/staf/kegiatan/" + number + "/hadir/" + day;
    String body = documentation.get(null, page).body();
    for (String name : names) {
      RestClient.Reply checkedIn = documentation.postForm(page + "/kode", Map.of("_csrf", csrf(body), "kode", codes.get(name)));
      assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
      assertThat(checkedIn.body()).contains(name + " (" + codes.get(name) + ") tercatat hadir.");
      body = checkedIn.body();
    }
  }

  /** Staf Bagian Dokumentasi (row 6): the day's task completed, which closes its daftar hadir. */
  private void recordAttendance(LocalDate day) {
    JsonNode form = complete("dokumentasi", Elements.TASK_RECORD_ATTENDANCE, Map.of(Vars.OUTPUT_CONFIRMED.name(), true));
    assertThat(form.path(Registration.ATTENDANCE_SUMMARY.name()).path("value").asText()).contains("/staf/kegiatan/" + number + "/hadir/" + day);
  }

  /** KADIS (row 3): the opening, the letter and the disposition sheet at hand. */
  private void openWorkshop() {
    complete("kadis", Elements.TASK_OPEN_WORKSHOP, Map.of(Workshop.OPENING_NOTE.name(), "Sambutan KADIS; laporan panitia: 2 peserta hadir.",
        Vars.OUTPUT_CONFIRMED.name(), true));
  }

  /** Narasumber (row 4): the material uploaded, then the task. */
  private void deliverMaterial() {
    upload("narasumber", "MATERI", "materi-katalog.pdf", DocumentsIntegrationTest.minimalPdf());
    complete("narasumber", Elements.TASK_DELIVER_MATERIAL, Map.of(Workshop.MATERIAL_DELIVERY_NOTE.name(), "Sesuai rencana.",
        Vars.OUTPUT_CONFIRMED.name(), true));
  }

  /** JF Pustakawan (row 5): a result per practice group. */
  private void guidePractice() {
    complete("pustakawan", Elements.TASK_GUIDE_PRACTICE, Map.of(Workshop.PRACTICE_RESULTS.name(), SpinValues.jsonValue(
        "[{\"practiceGroup\":\"Kelompok Melati\",\"practiceResult\":\"Menemukan 5 buku lewat katalog daring.\"},"
            + "{\"practiceGroup\":\"Kelompok Mawar\",\"practiceResult\":\"Menyusun daftar bacaan kelas.\"}]").create(),
        Vars.OUTPUT_CONFIRMED.name(), true));
  }

  /** Staf Bagian Dokumentasi (row 7), after the last session: photo, video and edited video uploaded, then the task. */
  private void deliverDocumentation() throws IOException {
    upload("dokumentasi", "FOTO", "pembukaan.png", DocumentsIntegrationTest.png(Color.ORANGE));
    upload("dokumentasi", "VIDEO", "hari-1.mp4", DocumentsIntegrationTest.video(300_000));
    upload("dokumentasi", "VIDEO_EDIT", "ringkasan.mp4", DocumentsIntegrationTest.video(200_000));
    complete("dokumentasi", Elements.TASK_DELIVER_DOCUMENTATION, Map.of(Workshop.DOCUMENTATION_NOTE.name(),
        "Sesi praktik hari kedua direkam dari dua sudut.", Vars.OUTPUT_CONFIRMED.name(), true));
  }

  /** Bidang Pengembangan (row 8): the generated report read as the form links it, a narrative and conclusions, approved. */
  private void reviewActivityReport() {
    var draft = rest.bytes("pengembangan", rest.to("/api/kegiatan/" + number + "/laporan.pdf").GET());
    assertThat(draft.statusCode()).isEqualTo(200);
    assertThat(draft.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    JsonNode form = complete("pengembangan", Elements.TASK_REVIEW_ACTIVITY_REPORT, Map.of(
        Workshop.REPORT_NARRATIVE.name(), "Kegiatan berjalan lancar dan diikuti dengan antusias.",
        Workshop.REPORT_CONCLUSIONS.name(), "Layak diulang tahun depan.", Vars.OUTPUT_CONFIRMED.name(), true));
    assertThat(form.path(Vars.ACTIVITY_DOCUMENTS.name()).path("value").asText()).contains("(/api/kegiatan/" + number + "/laporan.pdf)");
  }

  // ---- how staff and the job executor act

  /**
   * As Tasklist does it for {@code user}: the lane's one task of this activity, its form's variables, claim, submit. The
   * kelengkapan are ticked as the form offers them. Returns the form's variables as the form loaded them.
   */
  private JsonNode complete(String user, String taskKey, Map<String, Object> values) {
    JsonNode tasks = rest.get(user, "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey).json();
    assertThat(tasks).as("%s's task %s", user, taskKey).hasSize(1);
    String task = "/engine-rest/task/" + tasks.get(0).path("id").asText();
    RestClient.Reply form = rest.get(user, task + "/form-variables");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    Map<String, Object> submitted = new HashMap<>(values);
    submitted.put(Vars.REQUIREMENTS_CONFIRMED.name(), SpinValues.jsonValue(everyRequirement(form.json())).create());
    RestClient.Reply claimed = rest.post(user, task + "/claim", Map.of("userId", user));
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    RestClient.Reply done = rest.post(user, task + "/submit-form", RestApiIntegrationTestBase.variables(submitted));
    assertThat(done.status()).as(taskKey + ": " + done.body()).isEqualTo(204);
    return form.json();
  }

  /** Every kelengkapan item the form's checklist offers, ticked. */
  private static String everyRequirement(JsonNode formVariables) {
    JsonNode options = json(formVariables.path(SopVars.REQUIREMENT_OPTIONS.name()).path("value").asText());
    assertThat(options).as("the form's kelengkapan").isNotEmpty();
    List<String> ticked = new ArrayList<>();
    options.forEach(option -> ticked.add(option.path("value").asText()));
    try {
      return RestClient.JSON.writeValueAsString(ticked);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * What the job executor would do now: every job of the activity due on the engine clock, one after another, until
   * none is left (a job may make the next one due: a multi-instance body its elements, a step the next step's).
   *
   * @return the elements whose jobs ran, in order
   */
  private List<String> runDueJobs() {
    List<String> ran = new ArrayList<>();
    for (int run = 0; run < 100; run++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(instanceId).executable().active().list();
      if (due.isEmpty()) {
        return ran;
      }
      ran.add(managementService.createJobDefinitionQuery().jobDefinitionId(due.get(0).getJobDefinitionId()).singleResult().getActivityId());
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep coming due: " + managementService.createJobQuery().processInstanceId(instanceId).executable().list());
  }

  /** At {@code hour:minute} of {@code day}, running what is due runs {@code timer} and nothing else. */
  private void onlyTimerDueAt(LocalDate day, int hour, int minute, String timer) {
    now(day, hour, minute);
    assertThat(runDueJobs()).containsExactly(timer);
  }

  private void upload(String user, String kind, String name, byte[] content) {
    RestClient.Reply stored = rest.send(user, DocumentsIntegrationTest.multipart(rest.to("/api/kegiatan/" + number + "/dokumen"), kind, name, content));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
  }

  /** A browser of {@code user}, signed in to Tasklist: our staff pages take that session. */
  private RestClient signedIn(String user) {
    RestClient browser = new RestClient(port);
    assertThat(browser.webappLogin("tasklist", user, "demo")).isEqualTo(200);
    return browser;
  }

  private static String csrf(String page) {
    Matcher field = CSRF_FIELD.matcher(page);
    assertThat(field.find()).as("a form with a CSRF field").isTrue();
    return field.group(1);
  }

  private static void now(LocalDate day, int hour, int minute) {
    ClockUtil.setCurrentTime(TestData.date(ZonedDateTime.of(day.atTime(hour, minute), JAKARTA)));
  }

  private static JsonNode json(String text) {
    try {
      return RestClient.JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  // ---- mail as the recipients read it

  private static List<MimeMessage> mailsTo(String address) throws jakarta.mail.MessagingException {
    return ReceivedMail.to(mail, address);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** The decoded text of every text part, as a mail program shows it. */
  private static String text(Part part) throws Exception {
    if (part.isMimeType("text/*")) {
      // text/calendar has no content handler: its decoded bytes
      return part.getContent() instanceof String text ? text : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    if (part.getContent() instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        text.append(text(parts.getBodyPart(i)));
      }
    }
    return text.toString();
  }

  private static byte[] attachment(MimeMessage message, String fileName) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment " + fileName + " in " + subject(message));
  }
}
