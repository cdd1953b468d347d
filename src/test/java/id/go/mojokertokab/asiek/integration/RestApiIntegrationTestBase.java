package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.TestData;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application through its REST API, as the demo users of each lane. Subclasses run it on H2 and on
 * PostgreSQL; the job executor runs, so asynchronous steps happen as in production.
 */
abstract class RestApiIntegrationTestBase {

  static final String ADMIN_PASSWORD = "Uji-Admin-2026!";
  static final String PROPERTIES = "camunda.bpm.job-execution.enabled=true";

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  RestClient rest() {
    return new RestClient(port);
  }

  @Test
  void restApiRefusesCallsWithoutCredentials() {
    RestClient.Reply reply = rest().get(null, "/engine-rest/process-definition");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void deploymentHoldsTheProcessAndItsForms() {
    JsonNode definition = rest().get("admin", "/engine-rest/process-definition/key/pustaka-asiek").json();
    JsonNode resources = rest().get("admin", "/engine-rest/deployment/" + definition.path("deploymentId").asText() + "/resources").json();

    List<String> names = new java.util.ArrayList<>();
    resources.forEach(r -> names.add(r.path("name").asText().replaceAll(".*[/\\\\]", "")));
    assertThat(names).containsExactlyInAnyOrder("pustaka-asiek.bpmn", "request-letter.form", "disposition.form",
        "coordinate-with-requester.form", "prepare-equipment.form", "prepare-room.form", "confirm-speaker-material.form",
        "fix-participant-list.form", "record-attendance.form", "open-workshop.form", "deliver-material.form", "guide-practice.form",
        "deliver-documentation.form", "review-activity-report.form");
    assertThat(definition.path("historyTimeToLive").asInt()).isPositive();
    assertThat(definition.path("versionTag").asText()).isNotBlank();
  }

  @Test
  void registrarStartsTheProcessButTheHeadCannot() {
    RestClient.Reply started = startAs("agendaris", TestData.requestLetter(today()));
    RestClient.Reply refused = startAs("kadis", TestData.requestLetter(today()));

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().path("businessKey").asText()).matches("ASIEK-\\d{4}-\\d{4}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(rest().get("kadis", "/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true").json()).isEmpty();
    assertThat(rest().get("agendaris", "/engine-rest/process-definition?startablePermissionCheck=true&startableInTasklist=true").json()).hasSize(1);
  }

  @Test
  void cleanerNeitherSeesNorCompletesTheDisposition() {
    String instanceId = startAs("agendaris", TestData.requestLetter(today())).json().path("id").asText();
    String taskId = taskOf("kadis", instanceId).path("id").asText();

    assertThat(rest().get("kebersihan", "/engine-rest/task?processInstanceId=" + instanceId).json()).isEmpty();
    assertThat(rest().get("kebersihan", "/engine-rest/task/" + taskId).status()).isIn(403, 404);
    assertThat(rest().post("kebersihan", "/engine-rest/task/" + taskId + "/submit-form", variables(TestData.acceptedDisposition())).status()).isEqualTo(403);
    assertThat(filterNames("kebersihan")).containsExactly("Tugas Staf Kebersihan", "Tugas saya");
    assertThat(filterNames("kadis")).containsExactly("Pengawasan KADIS", "Tugas KADIS", "Tugas saya");
    assertThat(filterNames("pengembangan")).containsExactly("Pengawasan Bidang Pengembangan", "Tugas Bidang Pengembangan", "Tugas saya");
    String kadisFilter = rest().get("kadis", "/engine-rest/filter?name=Tugas%20KADIS").json().get(0).path("id").asText();
    assertThat(rest().get("kebersihan", "/engine-rest/filter/" + kadisFilter + "/list").status()).isEqualTo(403);
    assertThat(rest().get("kadis", "/engine-rest/filter/" + kadisFilter + "/list").json().findValuesAsText("id")).contains(taskId);
  }

  @Test
  void acceptedDispositionReachesTheAnalystByTaskAndMail() throws Exception {
    String instanceId = startAs("agendaris", TestData.requestLetter(today())).json().path("id").asText();
    String taskId = taskOf("kadis", instanceId).path("id").asText();

    assertThat(rest().post("kadis", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "kadis")).status()).isEqualTo(204);
    RestClient.Reply submitted = rest().post("kadis", "/engine-rest/task/" + taskId + "/submit-form", variables(TestData.acceptedDisposition()));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);

    JsonNode analystTask = awaitTask("analis", instanceId);
    assertThat(analystTask.path("taskDefinitionKey").asText()).isEqualTo("Task_CoordinateWithRequester");
    assertThat(mail.waitForIncomingEmail(20_000, 1)).isTrue();
    MimeMessage forwarded = mail.getReceivedMessages()[0];
    assertThat(forwarded.getAllRecipients()).extracting(Object::toString).containsExactly("analis@pustaka-asiek.test");
    assertThat(forwarded.getSubject()).contains("SDN 1 Mojosari");
  }

  @Test
  void refusedStartFormLeavesNoTrace() {
    Map<String, Long> before = traces();
    Map<String, Object> letter = TestData.requestLetter(today());
    letter.put("contactEmail", "siti.aminah@");
    letter.put("contactPhone", "nomor saya");
    letter.put("proposedStartDate", today().minusDays(1).toString());
    letter.put("expectedParticipants", 5000L);

    RestClient.Reply refused = startAs("agendaris", letter);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).startsWith("Formulir belum dapat disimpan. Kolom ").contains(
        "Kolom \"E-mail narahubung\" harus berisi alamat e-mail yang benar",
        "Kolom \"Nomor telepon/WhatsApp narahubung\" harus berisi nomor telepon Indonesia",
        "Kolom \"Usulan tanggal mulai\" tidak boleh berisi tanggal yang sudah lewat.",
        "Kolom \"Perkiraan jumlah peserta\" harus antara 1 dan 300.");
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void refusedTaskFormLeavesTheTaskAsItWas() {
    String instanceId = startAs("agendaris", TestData.requestLetter(today())).json().path("id").asText();
    String taskId = taskOf("kadis", instanceId).path("id").asText();
    Map<String, Object> disposition = TestData.rejectedDisposition();
    disposition.remove("rejectionReason");
    disposition.put("dispositionNote", "catatan yang tidak boleh tersimpan");

    RestClient.Reply refused = rest().post("kadis", "/engine-rest/task/" + taskId + "/submit-form", variables(disposition));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).isEqualTo("Formulir belum dapat disimpan. Kolom \"Alasan penolakan (dikutip dalam surat balasan kepada pemohon)\" wajib diisi.");
    assertThat(taskOf("kadis", instanceId).path("id").asText()).isEqualTo(taskId);
    assertThat(rest().get("admin", "/engine-rest/process-instance/" + instanceId + "/variables/dispositionNote").status()).isEqualTo(404);
    assertThat(rest().get("admin", "/engine-rest/history/variable-instance?variableName=dispositionNote&processInstanceId=" + instanceId).json()).isEmpty();
  }

  @Test
  void webappsOpenOnlyToTheirUsers() {
    for (String user : List.of("agendaris", "kadis", "analis", "pustakawan", "pengembangan", "kasubag", "narasumber", "kebersihan", "dokumentasi")) {
      boolean supervisor = List.of("kadis", "pengembangan", "kasubag").contains(user);
      assertThat(login(user, "demo", "cockpit")).as("%s in Cockpit", user).isEqualTo(supervisor ? 200 : 403);
      assertThat(login(user, "demo", "tasklist")).as("%s in Tasklist", user).isEqualTo(200);
      assertThat(login(user, "demo", "admin")).as("%s in Admin", user).isEqualTo(403);
    }
    assertThat(login("admin", ADMIN_PASSWORD, "admin")).isEqualTo(200);
  }

  /** Logs in to a webapp as its login page does: with the session's CSRF token. */
  @Test
  void scheduleApiIsForStaffOnly() {
    assertThat(rest().get(null, "/api/sumber-daya").status()).isEqualTo(401);
    assertThat(rest().get("kebersihan", "/api/sumber-daya").json().findValuesAsText("id")).contains("ruang-pelatihan", "proyektor");
  }

  @Test
  void staffBookTheOfficesOtherActivitiesAndAreToldOfConflicts() {
    LocalDate day = freeWorkingDay();
    Map<String, Object> meeting = Map.of("sumberDaya", "aula", "mulai", day + "T08:00", "selesai", day + "T10:00", "judul", "Rapat Koordinasi Arsip");

    RestClient.Reply booked = rest().post("kasubag", "/api/pemesanan", meeting);
    RestClient.Reply clash = rest().post("pengembangan", "/api/pemesanan",
        Map.of("sumberDaya", "aula", "mulai", day + "T09:30", "selesai", day + "T11:00", "judul", "Bedah Buku"));
    RestClient.Reply notAllowed = rest().post("kebersihan", "/api/pemesanan", meeting);
    RestClient.Reply invalid = rest().post("kasubag", "/api/pemesanan", Map.of("sumberDaya", "aula", "mulai", "besok pagi", "judul", ""));

    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    assertThat(clash.status()).isEqualTo(409);
    assertProblem(clash, 409);
    String sentence = clash.json().path("bentrok").get(0).asText();
    assertThat(sentence).startsWith("Aula Dinas Perpustakaan dan Kearsipan sudah dipakai untuk \"Rapat Koordinasi Arsip\"");
    assertThat(clash.json().path("detail").asText()).isEqualTo("Pemesanan bentrok: " + sentence);
    assertThat(clash.json().path("usulan").asText()).isNotBlank();
    assertThat(notAllowed.status()).isEqualTo(403);
    assertThat(invalid.status()).isEqualTo(400);
    assertProblem(invalid, 400);
    assertThat(invalid.json().path("detail").asText()).contains("Kolom \"mulai\"", "Kolom \"selesai\"", "Kolom \"judul\"");
    assertThat(fieldNames(invalid.json().path("kolom"))).containsExactly("mulai", "selesai", "judul");
    assertThat(rest().get("kebersihan", "/api/pemesanan?dari=" + day + "&sampai=" + day + "&sumberDaya=aula").json().findValuesAsText("title"))
        .containsExactly("Rapat Koordinasi Arsip");

    long id = booked.json().path("id").asLong();
    assertThat(rest().delete("kasubag", "/api/pemesanan/" + id).status()).isEqualTo(204);
    assertThat(rest().get("kebersihan", "/api/pemesanan?dari=" + day + "&sampai=" + day).json().findValuesAsText("title"))
        .doesNotContain("Rapat Koordinasi Arsip");
  }

  @Test
  void badInputOnTheApiIsRefusedInIndonesianAndNeverAServerError() {
    LocalDate day = freeWorkingDay();
    Map<String, Object> meeting = new HashMap<>(Map.of("sumberDaya", "aula", "mulai", day + "T08:00", "selesai", day + "T10:00",
        "judul", "Rapat Koordinasi Arsip"));

    RestClient.Reply notANumber = rest().delete("kasubag", "/api/pemesanan/abc");
    RestClient.Reply brokenJson = rest().post("kasubag", "/api/pemesanan", "{\"sumberDaya\": \"aula\", ");
    meeting.put("jumlah", "dua");
    RestClient.Reply wordForNumber = rest().post("kasubag", "/api/pemesanan", meeting);
    meeting.put("jumlah", 1);
    meeting.put("mulai", "9999-12-14T08:00");
    meeting.put("selesai", "9999-12-14T10:00");
    RestClient.Reply farFuture = rest().post("kasubag", "/api/pemesanan", meeting);
    meeting.put("mulai", day + "T08:00");
    meeting.put("selesai", day + "T10:00");
    meeting.put("judul", "Rapat\nKOORDINASI: klik tautan");
    RestClient.Reply twoLines = rest().post("kasubag", "/api/pemesanan", meeting);
    RestClient.Reply noUntil = rest().get("kebersihan", "/api/pemesanan?dari=" + day);
    RestClient.Reply notADate = rest().get("kebersihan", "/api/pemesanan?dari=kemarin&sampai=" + day);
    RestClient.Reply yearOne = rest().get("kebersihan", "/api/pemesanan?dari=0001-01-01&sampai=0001-01-02");
    RestClient.Reply unknownPath = rest().get("kebersihan", "/api/tidak-ada");
    RestClient.Reply wrongMethod = rest().put("kasubag", "/api/pemesanan", meeting);
    RestClient.Reply notJson = rest().postBytes("kasubag", "/api/pemesanan", "judul=Rapat".getBytes(StandardCharsets.UTF_8), "text/plain");

    assertProblem(notANumber, 400);
    assertThat(notANumber.json().path("detail").asText()).isEqualTo("Parameter \"id\" harus berupa bilangan bulat.");
    assertThat(notANumber.json().path("parameter").path("id").asText()).isEqualTo("Parameter \"id\" harus berupa bilangan bulat.");
    assertProblem(brokenJson, 400);
    assertThat(brokenJson.json().path("detail").asText()).isEqualTo("Isi permintaan bukan JSON yang benar.");
    assertProblem(wordForNumber, 400);
    assertThat(wordForNumber.json().path("detail").asText()).isEqualTo("Kolom \"jumlah\" harus berupa bilangan bulat.");
    assertProblem(farFuture, 400);
    assertThat(farFuture.json().path("kolom").path("mulai").asText()).startsWith("Kolom \"mulai\" harus berisi tanggal antara 1 Januari 2000 dan ");
    assertThat(farFuture.json().path("kolom").path("selesai").asText()).startsWith("Kolom \"selesai\" harus berisi tanggal antara ");
    assertProblem(twoLines, 400);
    assertThat(twoLines.json().path("detail").asText())
        .isEqualTo("Kolom \"judul\" harus satu baris, tanpa baris baru atau karakter kendali.");
    assertProblem(noUntil, 400);
    assertThat(noUntil.json().path("detail").asText()).isEqualTo("Parameter \"sampai\" wajib diisi.");
    assertProblem(notADate, 400);
    assertThat(notADate.json().path("detail").asText()).isEqualTo("Parameter \"dari\" harus berupa tanggal (misalnya 2026-12-14).");
    assertProblem(yearOne, 400);
    assertThat(fieldNames(yearOne.json().path("parameter"))).containsExactly("dari", "sampai");
    assertProblem(unknownPath, 404);
    assertThat(unknownPath.json().path("detail").asText()).isEqualTo("Alamat ini tidak ada pada API Pustaka ASIEK.");
    assertProblem(wrongMethod, 405);
    assertThat(wrongMethod.json().path("detail").asText()).startsWith("Metode PUT tidak didukung pada alamat ini; gunakan ");
    assertThat(wrongMethod.raw().headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    assertProblem(notJson, 415);
    assertThat(jdbc.queryForObject("select count(*) from asiek_booking where title like 'Rapat%KOORDINASI%'", Long.class)).isZero();
  }

  @Test
  void unexpectedFailureIsAPlainIndonesianServerError() {
    jdbc.execute("alter table asiek_resource rename to asiek_resource_away");
    RestClient.Reply failed;
    try {
      failed = rest().get("kebersihan", "/api/sumber-daya");
    } finally {
      jdbc.execute("alter table asiek_resource_away rename to asiek_resource");
    }

    assertProblem(failed, 500);
    assertThat(failed.json().path("detail").asText())
        .isEqualTo("Terjadi kesalahan pada server. Silakan coba lagi; bila terus terjadi, hubungi administrator.");
    assertThat(failed.body()).doesNotContain("asiek_resource", "Exception", "at id.go");
  }

  /** An RFC 9457 problem with an Indonesian title, and nothing of a Java stack. */
  static void assertProblem(RestClient.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isIn("Permintaan tidak valid", "Tidak ditemukan", "Metode tidak didukung", "Bentrok",
        "Format isi tidak didukung", "Kesalahan pada server");
    assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception", "Required", "Failed to", "\tat ");
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void roomFeedOpensWithItsTokenAndNotWithAGuess() {
    LocalDate day = freeTuesdayFrom(freeWorkingDay().plusDays(7));
    RestClient.Reply booked = rest().post("kasubag", "/api/pemesanan", Map.of("sumberDaya", "ruang-baca-anak", "mulai", day + "T13:00",
        "selesai", day + "T14:00", "judul", "Dongeng Anak"));
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    String url = rest().get("kasubag", "/api/jadwal/tautan").json().path("Ruang Baca Anak").asText();
    String path = url.substring(url.indexOf("/api/"));

    RestClient.Reply feed = rest().get(null, path);

    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    assertThat(feed.body()).contains("METHOD:PUBLISH", "SUMMARY:Dongeng Anak", "TZID:Asia/Jakarta",
        "DTSTART;TZID=Asia/Jakarta:" + day.toString().replace("-", "") + "T130000");
    assertThat(rest().get(null, path.replaceAll("token=.*", "token=0000")).status()).isEqualTo(404);
    assertThat(rest().get(null, path.replaceAll("\\?token=.*", "")).status()).isEqualTo(401);
  }

  @Test
  void staffRecordARequestersCancellation() throws Exception {
    RestClient.Reply started = startAs("agendaris", TestData.requestLetter(today()));
    String number = started.json().path("businessKey").asText();
    String instanceId = started.json().path("id").asText();

    assertThat(rest().post("kebersihan", "/api/kegiatan/" + number + "/pembatalan", Map.of("alasan", "x")).status()).isEqualTo(403);
    RestClient.Reply blank = rest().post("analis", "/api/kegiatan/" + number + "/pembatalan", Map.of("alasan", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().path("detail").asText()).isEqualTo("Kolom \"alasan\" wajib diisi, paling banyak 2000 karakter.");
    RestClient.Reply recorded = rest().post("analis", "/api/kegiatan/" + number + "/pembatalan",
        Map.of("alasan", "Sekolah mengadakan ujian susulan."));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(202);
    assertThat(mail.waitForIncomingEmail(20_000, 2)).isTrue();
    await().atMost(Duration.ofSeconds(20)).until(() -> rest().get("admin", "/engine-rest/process-instance/" + instanceId).status() == 404);
    assertThat(rest().get("admin", "/engine-rest/history/process-instance/" + instanceId).json().path("state").asText()).isEqualTo("COMPLETED");
    assertThat(rest().get("admin", "/engine-rest/history/activity-instance?activityId=EndEvent_RequestCancelled&processInstanceId=" + instanceId)
        .json()).hasSize(1);
    RestClient.Reply again = rest().post("analis", "/api/kegiatan/" + number + "/pembatalan", Map.of("alasan", "lagi"));
    assertThat(again.status()).isEqualTo(404);
    assertProblem(again, 404);
    assertThat(again.json().path("detail").asText()).isEqualTo("Tidak ada kegiatan berjalan dengan nomor " + number + ".");
  }

  /** A Tuesday two months ahead that is no holiday. */
  LocalDate freeWorkingDay() {
    return freeTuesdayFrom(today().plusDays(60));
  }

  /** The first Tuesday on or after {@code from} that is not in asiek_holiday. */
  LocalDate freeTuesdayFrom(LocalDate from) {
    LocalDate day = from;
    while (day.getDayOfWeek() != java.time.DayOfWeek.TUESDAY
        || jdbc.queryForObject("select count(*) from asiek_holiday where holiday_date = ?", Long.class, day) > 0) {
      day = day.plusDays(1);
    }
    return day;
  }

  int login(String user, String password, String app) {
    return rest().webappLogin(app, user, password);
  }

  RestClient.Reply startAs(String user, Map<String, Object> form) {
    return rest().post(user, "/engine-rest/process-definition/key/pustaka-asiek/submit-form", variables(form));
  }

  JsonNode taskOf(String user, String instanceId) {
    JsonNode tasks = rest().get(user, "/engine-rest/task?processInstanceId=" + instanceId).json();
    assertThat(tasks).as("tasks of %s visible to %s", instanceId, user).hasSize(1);
    return tasks.get(0);
  }

  JsonNode awaitTask(String user, String instanceId) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> rest().get(user, "/engine-rest/task?processInstanceId=" + instanceId).json(),
        tasks -> !tasks.isEmpty()).get(0);
  }

  List<String> filterNames(String user) {
    List<String> names = new java.util.ArrayList<>();
    rest().get(user, "/engine-rest/filter?sortBy=name&sortOrder=asc").json().forEach(filter -> names.add(filter.path("name").asText()));
    return names;
  }

  Map<String, Long> traces() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("act_ru_execution", "act_ru_variable", "act_ru_task", "act_hi_procinst", "act_hi_varinst",
        "act_hi_detail", "asiek_activity", "asiek_mail_log")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("sequence", jdbc.queryForObject("select coalesce(sum(last_number), 0) from asiek_activity_sequence", Long.class));
    return counts;
  }

  static LocalDate today() {
    return ZonedDateTime.now(TestData.JAKARTA).toLocalDate();
  }

  /** Values as Tasklist sends them (see {@link id.go.mojokertokab.asiek.TestData#restVariables}). */
  static Map<String, Object> variables(Map<String, Object> values) {
    return id.go.mojokertokab.asiek.TestData.restVariables(values);
  }
}
