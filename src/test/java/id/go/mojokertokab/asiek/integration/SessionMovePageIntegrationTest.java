package id.go.mojokertokab.asiek.integration;

import static id.go.mojokertokab.asiek.TestData.JAKARTA;
import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.WORKSHOP_FIRST_DAY;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.participant.OpenRegistration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff page that moves a session, over HTTP with the Tasklist login as staff use it: only the analyst and Bidang
 * Pengembangan open it or post to it, a wrong field or a taken slot is answered on the page in Indonesian with the
 * values kept and nothing changed, and a free slot moves the session's bookings and starts the updated invitation.
 * The workshop: opening and material on Monday 21 December 2026, practice (session 3) on Tuesday 22 December.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionMovePageIntegrationTest {

  static final LocalDate OPENING = WORKSHOP_FIRST_DAY;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  ProcessInstance activity;
  String page;

  @BeforeEach
  void bookedActivity() {
    ClockUtil.setCurrentTime(date(MONDAY_0900));
    activity = OpenRegistration.of(engine, 20, MONDAY_0900.toLocalDate(), OPENING);
    page = "/staf/kegiatan/" + activity.getBusinessKey() + "/jadwal";
  }

  @AfterEach
  void tearDown() {
    jdbc.update("delete from asiek_booking");
    ClockUtil.reset();
  }

  @Test
  void onlyTheAnalystAndBidangPengembanganOpenThePageOrMoveASession() {
    List<Map<String, Object>> before = bookings();
    RestClient kadis = signedIn("kadis");

    RestClient.Reply refused = kadis.get(null, page);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("Hanya Staf Analis Kerjasama dan Bidang Pengembangan yang dapat memindah sesi kegiatan.")
        .doesNotContain("Pindahkan sesi ini");
    // a token of the staff pages' own, so that only the lane rule can refuse the post
    String token = attribute(kadis.get(null, "/staf/kegiatan/" + activity.getBusinessKey() + "/dokumen").body(), "data-csrf");
    RestClient.Reply posted = kadis.postForm(page + "/sesi/3", form(token, "2026-12-23", "08:00", "15:00"));
    assertThat(posted.status()).isEqualTo(403);
    assertThat(posted.body()).contains("yang dapat memindah sesi kegiatan");
    for (String user : List.of("pustakawan", "kasubag", "dokumentasi", "narasumber")) {
      assertThat(signedIn(user).get(null, page).status()).as(user).isEqualTo(403);
    }
    assertThat(bookings()).isEqualTo(before);
    assertThat(sendJobs()).isZero();

    RestClient.Reply owner = signedIn("pengembangan").get(null, page);
    assertThat(owner.status()).isEqualTo(200);
    assertThat(owner.body()).contains("Sesi 3: Praktik peserta", "Pindahkan sesi ini");
    assertThat(signedIn("pustakawan").get(null, "/staf/kegiatan/" + activity.getBusinessKey() + "/peserta").body())
        .as("the participants' page links to it only for those who may").doesNotContain(page);
    assertThat(signedIn("analis").get(null, "/staf/kegiatan/" + activity.getBusinessKey() + "/peserta").body()).contains(page);
  }

  @Test
  void aWrongFieldIsNamedOnThePageWithTheValuesKeptAndNothingChanged() {
    List<Map<String, Object>> before = bookings();
    RestClient analyst = signedIn("analis");
    String token = csrf(analyst.get(null, page).body());

    RestClient.Reply endFirst = analyst.postForm(page + "/sesi/3", form(token, "2026-12-23", "15:00", "08:00"));
    assertThat(endFirst.status()).isEqualTo(400);
    assertThat(endFirst.body()).contains("Kolom &quot;Jam selesai&quot; harus setelah jam mulai.", "value=\"2026-12-23\"",
        "value=\"15:00\"", "value=\"Ruang praktik dipakai ujian sekolah.\"", "aria-invalid=\"true\"");

    Map<String, String> noReason = form(token, "2026-12-23", "08:00", "15:00");
    noReason.put("alasan", " ");
    assertThat(analyst.postForm(page + "/sesi/3", noReason).body()).contains("Kolom &quot;Alasan&quot; wajib diisi");
    Map<String, String> badDate = form(token, "23-12-2026", "08:00", "15:00");
    assertThat(analyst.postForm(page + "/sesi/3", badDate).body()).contains("Kolom &quot;Tanggal&quot; harus berisi tanggal",
        "value=\"23-12-2026\"");

    assertThat(bookings()).isEqualTo(before);
    assertThat(sendJobs()).isZero();
  }

  @Test
  void aTakenSlotIsShownAsTheConflictWithTheNearestFreeSlotAndNothingChanges() {
    jdbc.update("""
        insert into asiek_booking (resource_id, starts_at, ends_at, quantity, title, created_by, created_at)
        values ('ruang-pelatihan', ?, ?, 1, 'Rapat Koordinasi Arsip', 'kasubag', ?)""",
        at(23, 8, 0), at(23, 12, 0), MONDAY_0900.toOffsetDateTime());
    long other = jdbc.queryForObject("select id from asiek_booking where title = 'Rapat Koordinasi Arsip'", Long.class);
    jdbc.update("insert into asiek_booking_unit (booking_id, resource_id, unit_no, blocked_from, blocked_until) values (?, 'ruang-pelatihan', 1, ?, ?)",
        other, at(23, 7, 30), at(23, 12, 30));
    List<Map<String, Object>> before = bookings();
    RestClient analyst = signedIn("analis");

    RestClient.Reply taken = analyst.postForm(page + "/sesi/3", form(csrf(analyst.get(null, page).body()), "2026-12-23", "08:00", "15:00"));

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("Sesi tidak dapat dipindah ke waktu itu karena bentrok; jadwal tidak berubah.",
        "Rapat Koordinasi Arsip", "Kamis, 24 Desember 2026 pukul 08.00–15.00 WIB", "value=\"2026-12-23\"",
        "value=\"Ruang praktik dipakai ujian sekolah.\"");
    assertThat(bookings()).isEqualTo(before);
    assertThat(engine.getRuntimeService().getVariable(activity.getId(), "scheduleSequence")).isEqualTo(0L);
    assertThat(sendJobs()).isZero();
  }

  @Test
  void aFreeSlotMovesTheSessionsBookingsAndStartsTheUpdatedInvitation() {
    RestClient analyst = signedIn("analis");
    RestClient.Reply form = analyst.get(null, page);
    assertThat(form.body()).contains("Sesi 3: Praktik peserta", "Selasa, 22 Desember 2026 pukul 08.00–15.00 WIB", "name=\"_csrf\"");

    RestClient.Reply moved = analyst.postForm(page + "/sesi/3", form(csrf(form.body()), "2026-12-23", "08:00", "15:00"));

    assertThat(moved.status()).isEqualTo(302);
    assertThat(moved.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page + "?dipindah=3"));
    assertThat(analyst.get(null, page + "?dipindah=3").body()).contains("Sesi 3 telah dipindah",
        "Rabu, 23 Desember 2026 pukul 08.00–15.00 WIB").doesNotContain("Selasa, 22 Desember 2026");
    assertThat(jdbc.queryForList("select resource_id from asiek_booking where activity_number = ? and session_no = 3 and starts_at = ?",
        String.class, activity.getBusinessKey(), at(23, 8, 0))).containsExactlyInAnyOrder("ruang-pelatihan", "narasumber-pustakawan",
        "proyektor", "pc-printer");
    assertThat(engine.getRuntimeService().getVariable(activity.getId(), "scheduleSequence")).isEqualTo(1L);
    assertThat(sendJobs()).as("the updated invitation is on its way").isPositive();
  }

  // ---- helpers

  private RestClient signedIn(String user) {
    RestClient client = new RestClient(port);
    assertThat(client.webappLogin("tasklist", user, "demo")).isEqualTo(200);
    return client;
  }

  private static Map<String, String> form(String csrf, String day, String start, String end) {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", csrf);
    form.put("tanggal", day);
    form.put("mulai", start);
    form.put("selesai", end);
    form.put("alasan", "Ruang praktik dipakai ujian sekolah.");
    form.put("batasPendaftaran", "");
    return form;
  }

  private static java.time.OffsetDateTime at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 12, day, hour, minute).atZone(JAKARTA).toOffsetDateTime();
  }

  private List<Map<String, Object>> bookings() {
    return jdbc.queryForList("select b.id, b.resource_id, b.starts_at, b.ends_at, b.session_no, u.unit_no, u.blocked_from, u.blocked_until "
        + "from asiek_booking b left join asiek_booking_unit u on u.booking_id = b.id where b.activity_number = ? order by b.id, u.unit_no",
        activity.getBusinessKey());
  }

  private long sendJobs() {
    return engine.getManagementService().createJobQuery().processInstanceId(activity.getId())
        .activityId(Elements.TASK_SEND_SCHEDULE_CHANGE).count();
  }

  private static String csrf(String page) {
    return attribute(page, "name=\"_csrf\" value");
  }

  private static String attribute(String page, String name) {
    Matcher m = Pattern.compile(Pattern.quote(name) + "=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as(name + " in the page").isTrue();
    return m.group(1);
  }
}
