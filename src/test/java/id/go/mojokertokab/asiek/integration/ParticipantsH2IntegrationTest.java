package id.go.mojokertokab.asiek.integration;

import static id.go.mojokertokab.asiek.TestData.JAKARTA;
import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.participant.OpenRegistration;
import id.go.mojokertokab.asiek.participant.RegistrationDesk;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The participants' pages over HTTP as people use them: the public registration page from phones on addresses of their
 * own (no login, no session, its CSRF field, the rate limit), the staff pages by lane, and what /engine-rest shows of
 * participants: nothing personal, to any lane.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "asiek.registration.rate-limit=3")
@ActiveProfiles("test")
class ParticipantsH2IntegrationTest {

  static final LocalDate OPENING = LocalDate.of(2026, 12, 21);
  static final Pattern OWN_PAGE = Pattern.compile("/daftar/peserta/([A-Za-z0-9_-]{43})\\?baru");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RegistrationDesk desk;
  @Autowired JdbcTemplate jdbc;

  ProcessInstance activity;
  String token;
  /** A different loopback address for every visitor, as phones on different networks. */
  static int nextAddress = 10;

  @BeforeEach
  void openRegistration() {
    ClockUtil.setCurrentTime(date(MONDAY_0900));
    activity = OpenRegistration.of(engine, 20, MONDAY_0900.toLocalDate(), OPENING);
    token = OpenRegistration.token(desk, activity);
  }

  @AfterEach
  void tearDown() {
    jdbc.update("delete from asiek_booking");
    ClockUtil.reset();
  }

  @Test
  void thePublicPageRegistersWithoutLoginOrSessionAndShowsTheParticipantTheirPlace() {
    PublicPageClient phone = visitor();
    PublicPageClient.Page form = phone.get("/daftar/" + token);

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Pendaftaran peserta Pustaka ASIEK", "SDN 1 Mojosari", "Sisa tempat: <strong>20</strong>",
        "dihapus otomatis", "UU No. 27 Tahun 2022", "name=\"_csrf\"");
    assertThat(form.headers().get("set-cookie")).as("a CSRF cookie of its own, no session")
        .anyMatch(c -> c.startsWith("ASIEK-DAFTAR-CSRF=") && c.contains("Path=/daftar") && c.contains("HttpOnly"))
        .noneMatch(c -> c.startsWith("JSESSIONID") || c.startsWith("XSRF-TOKEN"));

    PublicPageClient.Page sent = phone.post("/daftar/" + token, valid(form.csrf(), "081234567890"));

    assertThat(sent.status()).isEqualTo(302);
    Matcher own = OWN_PAGE.matcher(sent.header("location"));
    assertThat(own.find()).isTrue();
    PublicPageClient.Page confirmation = phone.get("/daftar/peserta/" + own.group(1) + "?baru");
    assertThat(confirmation.body()).contains("Pendaftaran berhasil", "Dewi Lestari", "terkonfirmasi", "Batalkan pendaftaran saya");
    assertThat(confirmation.headers().getOrDefault("set-cookie", List.of())).noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(confirmation.header("referrer-policy")).isEqualTo("no-referrer");
    assertThat(participants()).isEqualTo(1);

    PublicPageClient.Page cancelled = phone.post("/daftar/peserta/" + own.group(1) + "/batal", Map.of("_csrf", confirmation.csrf()));
    assertThat(cancelled.status()).isEqualTo(302);
    assertThat(phone.get("/daftar/peserta/" + own.group(1)).body()).contains("dibatalkan oleh peserta").doesNotContain("Batalkan pendaftaran saya");
  }

  @Test
  void eachWrongFieldIsRefusedBesideItWithItsMessageTheOtherValuesKeptAndNothingWritten() {
    Map<String, String[]> wrongs = Map.of(
        "fullName", new String[] {"", "Nama lengkap wajib diisi."},
        "address", new String[] {"Jl.", "Alamat paling sedikit 5 karakter."},
        "phone", new String[] {"12345", "Nomor telepon harus nomor Indonesia"},
        "email", new String[] {"dewi@gmail", "Alamat e-mail tidak benar"},
        "affiliation", new String[] {"", "Asal lembaga atau kelas wajib diisi."},
        "consent", new String[] {"false", "Centang persetujuan untuk mendaftar"});
    for (Map.Entry<String, String[]> wrong : wrongs.entrySet()) {
      PublicPageClient phone = visitor();
      Map<String, String> form = valid(phone.get("/daftar/" + token).csrf(), "081234567890");
      form.put(wrong.getKey(), wrong.getValue()[0]);

      PublicPageClient.Page refused = phone.post("/daftar/" + token, form);

      assertThat(refused.status()).as(wrong.getKey()).isEqualTo(422);
      assertThat(refused.body()).as(wrong.getKey()).contains("id=\"" + wrong.getKey() + "-galat\"", wrong.getValue()[1],
          "Pendaftaran belum tersimpan");
      if (!wrong.getKey().equals("fullName")) {
        assertThat(refused.body()).as("the name is kept").contains("value=\"Dewi Lestari\"");
      }
      assertThat(participants()).as(wrong.getKey()).isZero();
    }
  }

  @Test
  void aFormWithoutItsCsrfFieldIsRefusedAndWritesNothing() {
    PublicPageClient phone = visitor();
    phone.get("/daftar/" + token);
    Map<String, String> form = valid("", "081234567890");
    form.remove("_csrf");

    PublicPageClient.Page refused = phone.post("/daftar/" + token, form);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("Formulir perlu dimuat ulang");
    assertThat(participants()).isZero();
  }

  @Test
  void pastTheLimitOneAddressGetsAnIndonesian429WhileOthersStillRegister() {
    PublicPageClient school = visitor();
    for (int i = 0; i < 3; i++) {
      assertThat(school.post("/daftar/" + token, valid(school.get("/daftar/" + token).csrf(), "08123456789" + i)).status()).isEqualTo(302);
    }

    PublicPageClient.Page refused = school.post("/daftar/" + token, valid(school.get("/daftar/" + token).csrf(), "081234567899"));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body()).contains("Terlalu banyak pendaftaran", "<span>3</span> pendaftaran dalam satu jam terakhir");
    assertThat(Integer.parseInt(refused.header("retry-after"))).isBetween(3500, 3600);
    assertThat(participants()).isEqualTo(3);
    PublicPageClient neighbour = visitor();
    assertThat(neighbour.post("/daftar/" + token, valid(neighbour.get("/daftar/" + token).csrf(), "081234567898")).status()).isEqualTo(302);
  }

  @Test
  void anUnknownLinkIsAnIndonesian404() {
    PublicPageClient.Page page = visitor().get("/daftar/bukan-tautan-yang-benar");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("Halaman tidak ditemukan");
  }

  @Test
  void onlyTheLanesOfPersonalDataOpenTheParticipantsAndOnlyDocumentationChecksIn() {
    registerDewi();
    String list = "/staf/kegiatan/" + activity.getBusinessKey() + "/peserta";
    RestClient cleaning = signedIn("kebersihan");
    RestClient kadis = signedIn("kadis");

    RestClient.Reply refused = cleaning.get(null, list);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("Hanya JF Pustakawan, Staf Analis Kerjasama, Staf Bagian Dokumentasi dan Bidang Pengembangan yang dapat melihat data peserta.")
        .doesNotContain("Dewi");
    assertThat(kadis.get(null, list).status()).isEqualTo(403);
    assertThat(kadis.get(null, "/staf/kegiatan/" + activity.getBusinessKey() + "/hadir/" + OPENING).status()).isEqualTo(403);
    assertThat(kadis.get(null, "/staf/kegiatan/" + activity.getBusinessKey() + "/hadir/" + OPENING + "/daftar-hadir.csv").status()).isEqualTo(403);
    assertThat(kadis.get(null, "/staf/kegiatan").status()).isEqualTo(403);
    assertThat(kadis.get(null, "/staf").body()).doesNotContain("/staf/kegiatan");

    RestClient librarian = signedIn("pustakawan");
    RestClient.Reply page = librarian.get(null, list);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Dewi Lestari", "+6281234567890", "dewi.lestari@gmail.com", "/daftar/" + token);
    assertThat(librarian.get(null, "/staf").body()).contains("/staf/kegiatan");
    String code = codeOf("Dewi Lestari");
    RestClient.Reply json = librarian.get(null, list + "/" + code + "/data.json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().path("nama").asText()).isEqualTo("Dewi Lestari");
    assertThat(json.raw().headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> v.contains("attachment"));

    RestClient analyst = signedIn("analis");
    RestClient.Reply erase = analyst.postForm(list + "/" + code + "/hapus", Map.of("_csrf", csrf(analyst.get(null, list).body())));
    assertThat(erase.status()).isEqualTo(403);
    assertThat(erase.body()).contains("Hanya JF Pustakawan dan Bidang Pengembangan yang dapat menghapus data peserta.");

    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2026, 12, 21, 7, 40, 0, 0, JAKARTA)));
    String checkIn = "/staf/kegiatan/" + activity.getBusinessKey() + "/hadir/" + OPENING + "/kode";
    String day = "/staf/kegiatan/" + activity.getBusinessKey() + "/hadir/" + OPENING;
    RestClient.Reply byLibrarian = librarian.postForm(checkIn, Map.of("_csrf", csrf(librarian.get(null, list).body()), "kode", code));
    assertThat(byLibrarian.status()).isEqualTo(403);
    RestClient documentation = signedIn("dokumentasi");
    RestClient.Reply dayPage = documentation.get(null, day);
    assertThat(dayPage.body()).contains("Catat hadir dengan kode", "Peserta di tempat");
    RestClient.Reply checkedIn = documentation.postForm(checkIn, Map.of("_csrf", csrf(dayPage.body()), "kode", code.toLowerCase()));
    assertThat(checkedIn.status()).isEqualTo(200);
    assertThat(checkedIn.body()).contains("Dewi Lestari (" + code.substring(0, 3) + "-" + code.substring(3) + ") tercatat hadir.");
    RestClient.Reply pdf = documentation.get(null, day + "/daftar-hadir.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.raw().headers().firstValue("Content-Type")).contains("application/pdf");

    RestClient.Reply erased = librarian.postForm(list + "/" + code + "/hapus", Map.of("_csrf", csrf(librarian.get(null, list).body())));
    assertThat(erased.status()).isEqualTo(302);
    assertThat(librarian.get(null, list + "?pesan=dihapus").body()).contains("Data pribadi peserta telah dihapus").doesNotContain("Dewi Lestari");
  }

  @Test
  void noLaneReadsParticipantsDataThroughTheEngineApi() {
    registerDewi();
    Job deadline = engine.getManagementService().createJobQuery().processInstanceId(activity.getId())
        .activityId(Elements.TIMER_REGISTRATION_DEADLINE).singleResult();
    ClockUtil.setCurrentTime(deadline.getDuedate());
    engine.getManagementService().executeJob(deadline.getId());
    Task fix = engine.getTaskService().createTaskQuery().processInstanceId(activity.getId())
        .taskDefinitionKey(Elements.TASK_FIX_PARTICIPANT_LIST).singleResult();
    String id = activity.getId();
    RestClient rest = new RestClient(port);

    for (String user : List.of("agendaris", "kadis", "analis", "pustakawan", "pengembangan", "kasubag", "narasumber", "kebersihan", "dokumentasi")) {
      for (String path : List.of("/engine-rest/history/variable-instance?processInstanceId=" + id,
          "/engine-rest/variable-instance?processInstanceIdIn=" + id, "/engine-rest/history/detail?processInstanceId=" + id,
          "/engine-rest/process-instance/" + id + "/variables", "/engine-rest/task/" + fix.getId() + "/variables",
          "/engine-rest/history/activity-instance?processInstanceId=" + id, "/engine-rest/task?processInstanceId=" + id)) {
        RestClient.Reply reply = rest.get(user, path);
        assertThat(reply.body()).as(user + " " + path + " (" + reply.status() + ")").doesNotContain("Dewi", "6281234567890", "dewi.lestari");
      }
    }
    RestClient.Reply cockpitReader = rest.get("kadis", "/engine-rest/task/" + fix.getId() + "/form-variables");
    assertThat(cockpitReader.status()).isEqualTo(200);
    assertThat(cockpitReader.body()).contains("Terkonfirmasi").doesNotContain("Dewi");
    RestClient.Reply librarian = rest.get("pustakawan", "/engine-rest/task/" + fix.getId() + "/form-variables");
    assertThat(librarian.body()).as("the librarian's form shows the list").contains("Dewi Lestari");
  }

  // ---- helpers

  private void registerDewi() {
    PublicPageClient phone = visitor();
    assertThat(phone.post("/daftar/" + token, valid(phone.get("/daftar/" + token).csrf(), "081234567890")).status()).isEqualTo(302);
  }

  private PublicPageClient visitor() {
    return new PublicPageClient(port, "127.0.0." + nextAddress++);
  }

  private Map<String, String> valid(String csrf, String phone) {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", csrf);
    form.put("fullName", "Dewi Lestari");
    form.put("address", "Dusun Sumber RT 02 RW 03, Mojosari");
    form.put("phone", phone);
    form.put("email", "dewi.lestari@gmail.com");
    form.put("affiliation", "SDN 1 Mojosari, kelas V");
    form.put("consent", "true");
    return form;
  }

  private RestClient signedIn(String user) {
    RestClient client = new RestClient(port);
    assertThat(client.webappLogin("tasklist", user, "demo")).isEqualTo(200);
    return client;
  }

  private static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("a form with a CSRF field").isTrue();
    return m.group(1);
  }

  private String codeOf(String name) {
    return jdbc.queryForObject("select code from asiek_participant where activity_number = ? and full_name = ?", String.class,
        activity.getBusinessKey(), name);
  }

  private long participants() {
    return jdbc.queryForObject("select count(*) from asiek_participant where activity_number = ?", Long.class, activity.getBusinessKey());
  }
}
