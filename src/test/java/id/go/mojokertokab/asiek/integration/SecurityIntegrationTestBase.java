package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trust boundary as an attacker with a staff login (or none) meets it, through HTTP on the running application:
 * every way around it that was once found (issue 6) is tried here and must be refused with a 4xx that leaves no trace.
 * Subclasses run it on H2 and on PostgreSQL.
 */
abstract class SecurityIntegrationTestBase {

  static final String PROPERTIES = "camunda.bpm.job-execution.enabled=true";
  static final List<String> LANE_USERS =
      List.of("agendaris", "kadis", "analis", "pustakawan", "pengembangan", "kasubag", "narasumber", "kebersihan", "dokumentasi");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired QueryProbe probe;

  /** A bean an expression can reach; if it is ever called from a query, an expression was evaluated. */
  @TestConfiguration
  static class Probe {
    @Bean
    QueryProbe queryProbe() {
      return new QueryProbe();
    }
  }

  static class QueryProbe {
    final AtomicInteger calls = new AtomicInteger();

    public String touch() {
      calls.incrementAndGet();
      return "kadis";
    }
  }

  RestClient rest() {
    return new RestClient(port);
  }

  @BeforeEach
  void noMailYet() throws Exception {
    mail.purgeEmailFromAllMailboxes();
  }

  // --- 1. expressions in task queries, however they are spelled and wherever they enter ---

  static final String PROBE = "${queryProbe.touch()}";
  static final String GATE_REFUSAL = "Permintaan ini tidak tersedia bagi staf lajur; hanya administrator yang dapat melakukannya.";

  @Test
  void expressionsInOrQueriesNeverReachTheEvaluator() {
    String direct = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
    String unicode = direct.replace("${", "$\\u007b");
    String dollarEscaped = direct.replace("$", "\\u0024");
    String hashSyntax = direct.replace("${", "#{");
    String candidate = "{\"orQueries\":[{\"name\":\"x\"},{\"candidateUserExpression\":\"" + PROBE + "\"}]}";
    List<RestClient.Reply> replies = new ArrayList<>();
    for (String body : List.of(direct, unicode, dollarEscaped, hashSyntax, candidate)) {
      for (String path : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/task/", "/engine-rest/engine/default/task")) {
        replies.add(rest().post("kebersihan", path, body));
      }
      replies.add(rest().postBytes("kebersihan", "/engine-rest/task", body.getBytes(StandardCharsets.UTF_16), "application/json;charset=UTF-16"));
    }

    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isBetween(400, 499));
    assertThat(probe.calls).hasValue(0);
    assertThat(rest().post("kebersihan", "/engine-rest/task", "{\"orQueries\":[{\"name\":\"x\"}]}").status()).isEqualTo(200);
  }

  @Test
  void expressionsCannotExtendAStoredFilterEither() {
    String filter = rest().get("kadis", "/engine-rest/filter?name=Tugas%20KADIS").json().get(0).path("id").asText();
    String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";

    List<Integer> statuses = new ArrayList<>();
    for (String action : List.of("list", "count", "singleResult")) {
      statuses.add(rest().post("kadis", "/engine-rest/filter/" + filter + "/" + action, body).status());
    }
    RestClient webapp = rest();
    assertThat(webapp.webappLogin("tasklist", "kadis", "demo")).isEqualTo(200);
    statuses.add(webapp.webapp("POST", "/camunda/api/engine/engine/default/filter/" + filter + "/list", body).status());
    statuses.add(webapp.webapp("POST", "/camunda/api/engine/engine/default/task", body).status());
    statuses.add(webapp.webapp("POST", "/camunda/api/engine/engine/default/task/count", body.replace("$", "\\u0024")).status());

    assertThat(statuses).allSatisfy(status -> assertThat(status).isEqualTo(400));
    assertThat(probe.calls).hasValue(0);
    RestClient.Reply plain = webapp.webapp("POST", "/camunda/api/engine/engine/default/filter/" + filter + "/list", "{}");
    assertThat(plain.status()).as(statuses + " " + plain.body()).isEqualTo(200);
  }

  @Test
  void ambiguousUrlsAreRefusedBeforeAnyRuleIsRead() {
    // signed in: without the firewall, Jersey would strip ";x=1" and list the tasks
    for (String path : List.of("/engine-rest/task;x=1", "/engine-rest/task/..;/task", "/engine-rest//task", "/engine-rest/task%2Fcount",
        "/engine-rest/job;x=1/count")) {
      RestClient.Reply reply = rest().get("kebersihan", path);
      assertThat(reply.status()).as(path + " → " + reply.body()).isBetween(400, 499);
    }
    // not signed in: without the firewall and the routed match, these were the bookings list and every feed token
    for (String path : List.of("/api/pemesanan;.ics?token=x", "/api/jadwal/tautan;.ics?token=x", "/api/pemesanan%3B.ics?token=x",
        "/api/./pemesanan?token=x.ics", "/api/jadwal/ruang/aula.ics/../../pemesanan?token=x")) {
      RestClient.Reply reply = rest().get(null, path);
      assertThat(reply.status()).as(path + " → " + reply.body()).isBetween(400, 499);
      assertThat(reply.body()).as(path).doesNotContain("token=").doesNotContain("ruang-pelatihan");
    }
  }

  @Test
  void lanesSearchTheirTasksOnlyByWhatTheirListsShow() {
    Activity own = startActivity();
    String filter = rest().get("analis", "/engine-rest/filter?name=Tugas%20Staf%20Analis%20Kerjasama").json().get(0).path("id").asText();
    String byPhone = "{\"processVariables\":[{\"name\":\"contactPhone\",\"operator\":\"like\",\"value\":\"0812%\"}]}";
    String orByPhone = "{\"orQueries\":[{\"processVariables\":[{\"name\":\"contactPhone\",\"operator\":\"like\",\"value\":\"0812%\"}]}]}";
    String sortedByPhone = "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\",\"parameters\":{\"variable\":\"contactPhone\",\"type\":\"String\"}}]}";
    String byNumber = "{\"processVariables\":[{\"name\":\"activityNumber\",\"operator\":\"eq\",\"value\":\"" + own.number() + "\"}]}";

    for (String body : List.of(byPhone, orByPhone, sortedByPhone)) {
      RestClient.Reply direct = rest().post("analis", "/engine-rest/task", body);
      RestClient.Reply throughFilter = rest().post("analis", "/engine-rest/filter/" + filter + "/list", body);
      assertThat(direct.status()).as(body + " → " + direct.body()).isEqualTo(400);
      assertThat(direct.json().path("message").asText()).contains("nomor kegiatan dan lembaga pemohon", "contactPhone");
      assertThat(throughFilter.status()).as(body + " → " + throughFilter.body()).isEqualTo(400);
    }
    assertThat(rest().post("analis", "/engine-rest/task", byNumber).status()).isEqualTo(200);
    // the KADIS supervises, and reads every variable in Cockpit anyway
    assertThat(rest().post("kadis", "/engine-rest/task", byPhone).json()).isNotEmpty();
  }

  // --- 2. /api without a login ---

  @Test
  void staffApiAnswersNothingWithoutLogin() {
    for (String path : List.of("/api/pemesanan?dari=2026-01-01&sampai=2026-12-31", "/api/jadwal/tautan", "/api/sumber-daya",
        "/api/jadwal/tautan?token=abc", "/api/pemesanan.ics?token=abc")) {
      RestClient.Reply reply = rest().get(null, path);
      assertThat(reply.status()).as(path).isIn(401, 404);
      assertThat(reply.body()).as(path).doesNotContain("token=");
    }
  }

  // --- 3. rewriting an activity through one's own task ---

  @ParameterizedTest
  @ValueSource(strings = {"kadis", "kebersihan", "agendaris", "dokumentasi"})
  void nobodyWritesVariablesThroughATask(String user) throws Exception {
    Activity other = startActivity();
    Activity own = startActivity();
    String task = taskOf("kadis", own.instanceId()).path("id").asText();
    Map<String, Object> rewrite = Map.of("value", other.number(), "type", "String");

    List<RestClient.Reply> replies = List.of(
        rest().put(user, "/engine-rest/task/" + task + "/variables/activityNumber", rewrite),
        rest().put(user, "/engine-rest/task/" + task + "/localVariables/activityNumber", rewrite),
        rest().post(user, "/engine-rest/task/" + task + "/variables", Map.of("modifications", Map.of("activityNumber", rewrite))),
        rest().post(user, "/engine-rest/task/" + task + "/localVariables", Map.of("modifications", Map.of("activityNumber", rewrite))),
        rest().delete(user, "/engine-rest/task/" + task + "/variables/activityNumber"),
        rest().put(user, "/engine-rest/process-instance/" + own.instanceId() + "/variables/activityNumber", rewrite),
        rest().post(user, "/engine-rest/process-instance/" + own.instanceId() + "/variables", Map.of("modifications", Map.of("activityNumber", rewrite))),
        rest().post(user, "/engine-rest/execution/" + own.instanceId() + "/localVariables", Map.of("modifications", Map.of("activityNumber", rewrite))));

    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isIn(403, 404));
    assertThat(variable(own.instanceId(), "activityNumber")).isEqualTo(own.number());
    assertThat(taskOf("kadis", own.instanceId()).path("id").asText()).isEqualTo(task);
  }

  @Test
  void aFormSubmissionCarriesOnlyTheFieldsItsFormDeclares() throws Exception {
    Activity other = startActivity();
    Activity own = startActivity();
    String task = taskOf("kadis", own.instanceId()).path("id").asText();
    Map<String, Object> disposition = TestData.acceptedDisposition();
    disposition.put("activityNumber", other.number());

    RestClient.Reply smuggled = rest().post("kadis", "/engine-rest/task/" + task + "/submit-form", RestApiIntegrationTestBase.variables(disposition));

    assertThat(smuggled.status()).isEqualTo(400);
    assertThat(smuggled.json().path("message").asText()).isEqualTo("Formulir belum dapat disimpan. Formulir ini tidak memiliki kolom \"activityNumber\".");
    assertThat(variable(own.instanceId(), "activityNumber")).isEqualTo(own.number());
    assertThat(taskOf("kadis", own.instanceId()).path("id").asText()).isEqualTo(task);
  }

  @Test
  void theKelengkapanListCannotBeShortenedBySubmittingItsOptions() throws Exception {
    Activity own = startActivity();
    String task = taskOf("kadis", own.instanceId()).path("id").asText();
    Map<String, Object> disposition = TestData.acceptedDisposition();
    disposition.put("requirementOptions", SpinValues.jsonValue("[]").create());
    disposition.put("requirementsConfirmed", SpinValues.jsonValue("[\"Pena\"]").create());

    RestClient.Reply reply = rest().post("kadis", "/engine-rest/task/" + task + "/submit-form", RestApiIntegrationTestBase.variables(disposition));
    disposition.remove("requirementOptions");
    RestClient.Reply withoutOptions = rest().post("kadis", "/engine-rest/task/" + task + "/submit-form", RestApiIntegrationTestBase.variables(disposition));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(withoutOptions.status()).isEqualTo(400);
    assertThat(withoutOptions.json().path("message").asText()).contains("belum dicentang: Kertas lembar disposisi, ATK lainnya");
    assertThat(taskOf("kadis", own.instanceId()).path("id").asText()).isEqualTo(task);
  }

  @Test
  void aTaskWithAFormIsNotCompletedAroundIt() throws Exception {
    Activity own = startActivity();
    String task = taskOf("kadis", own.instanceId()).path("id").asText();
    rest().post("kadis", "/engine-rest/task/" + task + "/claim", Map.of("userId", "kadis"));

    RestClient.Reply complete = rest().post("kadis", "/engine-rest/task/" + task + "/complete", RestApiIntegrationTestBase.variables(TestData.acceptedDisposition()));
    RestClient.Reply resolve = rest().post("kadis", "/engine-rest/task/" + task + "/resolve", Map.of());

    // refused at the door (EngineApiGate); EngineCommandPolicyIntegrationTest shows the engine refusing it too
    assertThat(complete.status()).isEqualTo(403);
    assertThat(complete.json().path("message").asText()).isEqualTo(GATE_REFUSAL);
    assertThat(resolve.status()).isEqualTo(403);
    assertThat(taskOf("kadis", own.instanceId()).path("id").asText()).isEqualTo(task);
  }

  // --- 4. starting the process anywhere ---

  @ParameterizedTest
  @ValueSource(strings = {"agendaris", "kadis", "kebersihan"})
  void theProcessStartsThroughTheStartFormOnly(String user) {
    Map<String, Long> before = traces();
    Map<String, Object> atTask = Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_PrepareRoom")),
        "skipCustomListeners", true, "businessKey", "ASIEK-2026-0001");
    Map<String, Object> atRejection = Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_SendRejectionLetter")));
    Map<String, Object> plain = new HashMap<>(RestApiIntegrationTestBase.variables(TestData.requestLetter(today())));
    Map<String, Object> withKey = new HashMap<>(plain);
    withKey.put("businessKey", "ASIEK-2026-0001");

    List<RestClient.Reply> replies = List.of(
        rest().post(user, "/engine-rest/process-definition/key/pustaka-asiek/start", atTask),
        rest().post(user, "/engine-rest/process-definition/key/pustaka-asiek/start", atRejection),
        rest().post(user, "/engine-rest/process-definition/key/pustaka-asiek/start", plain),
        rest().post(user, "/engine-rest/process-definition/key/pustaka-asiek/submit-form", withKey));

    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isIn(400, 403));
    assertThat(traces()).isEqualTo(before);
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  // --- 5. ending a task around its form ---

  @Test
  void noBpmnErrorOrEscalationWithoutACatcherInTheModel() throws Exception {
    Activity own = startActivity();
    String task = taskOf("kadis", own.instanceId()).path("id").asText();
    rest().post("kadis", "/engine-rest/task/" + task + "/claim", Map.of("userId", "kadis"));

    RestClient.Reply error = rest().post("kadis", "/engine-rest/task/" + task + "/bpmnError", Map.of("errorCode", "SELESAI"));
    RestClient.Reply escalation = rest().post("kadis", "/engine-rest/task/" + task + "/bpmnEscalation", Map.of("escalationCode", "X"));

    assertThat(error.status()).isEqualTo(403);
    assertThat(escalation.status()).isEqualTo(403);
    assertThat(taskOf("kadis", own.instanceId()).path("id").asText()).isEqualTo(task);
  }

  // --- 6. the smaller ones ---

  @Test
  void aRefusedJobExecutionCostsNoRetry() throws Exception {
    Activity own = startActivity();
    JsonNode timer = rest().get("admin", "/engine-rest/job?processInstanceId=" + own.instanceId() + "&timers=true").json().get(0);

    for (String user : List.of("kadis", "kebersihan", "pengembangan")) {
      assertThat(rest().post(user, "/engine-rest/job/" + timer.path("id").asText() + "/execute", Map.of()).status()).isEqualTo(403);
      assertThat(rest().put(user, "/engine-rest/job/" + timer.path("id").asText() + "/retries", Map.of("retries", 0)).status()).isEqualTo(403);
      RestClient webapp = rest();
      webapp.webappLogin("tasklist", user, "demo");
      assertThat(webapp.webapp("POST", "/camunda/api/engine/engine/default/job/" + timer.path("id").asText() + "/execute", Map.of()).status()).isEqualTo(403);
    }

    JsonNode after = rest().get("admin", "/engine-rest/job/" + timer.path("id").asText()).json();
    assertThat(after.path("retries").asInt()).isEqualTo(timer.path("retries").asInt());
    assertThat(after.path("exceptionMessage").isNull()).isTrue();
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  @Test
  void onlyTheLanesSupervisorMovesADueDateAndPastTheSopOnlyWithAReason() throws Exception {
    Activity own = toAnalyst(startActivity());
    JsonNode task = taskOf("analis", own.instanceId());
    String id = task.path("id").asText();
    OffsetDateTime due = OffsetDateTime.parse(task.path("due").asText(), CAMUNDA_DATE);

    RestClient.Reply byWorker = rest().put("analis", "/engine-rest/task/" + id, withDue(task, due.plusYears(70)));
    RestClient.Reply byOtherSupervisor = rest().put("kasubag", "/engine-rest/task/" + id, withDue(task, due.plusMinutes(30)));
    // Bidang Pengembangan supervises the analysts (asiek.escalation.supervisors); moving earlier needs no reason
    RestClient.Reply earlier = rest().put("pengembangan", "/engine-rest/task/" + id, withDue(task, due.minusMinutes(15)));
    RestClient.Reply later = rest().put("pengembangan", "/engine-rest/task/" + id, withDue(task, due.plusDays(1)));
    RestClient.Reply cleared = rest().put("pengembangan", "/engine-rest/task/" + id, withDue(task, null));
    Map<String, Object> rename = withDue(task, due);
    rename.put("name", "Tugas lain");
    RestClient.Reply renamed = rest().put("pengembangan", "/engine-rest/task/" + id, rename);

    assertThat(byWorker.status()).isEqualTo(403);
    assertThat(byWorker.json().path("message").asText()).isEqualTo(
        "Tenggat tugas \"Koordinasi dengan pemohon\" hanya dapat diubah oleh atasan lajurnya (Bidang Pengembangan).");
    assertThat(byOtherSupervisor.status()).isEqualTo(403);
    assertThat(earlier.status()).as(earlier.body()).isEqualTo(204);
    assertThat(later.status()).isEqualTo(400);
    assertThat(later.json().path("message").asText()).contains("melewati batas waktu SOP", "tulis alasannya sebagai komentar");
    assertThat(cleared.status()).isEqualTo(400);
    assertThat(renamed.status()).isEqualTo(403);

    rest().post("pengembangan", "/engine-rest/task/" + id + "/comment/create", Map.of("message", "Menunggu kepastian anggaran dari Sekretariat."));
    RestClient.Reply withReason = rest().put("pengembangan", "/engine-rest/task/" + id, withDue(task, due.plusDays(1)));

    assertThat(withReason.status()).as(withReason.body()).isEqualTo(204);
    JsonNode timer = rest().get("admin", "/engine-rest/job?processInstanceId=" + own.instanceId() + "&timers=true").json().get(0);
    assertThat(OffsetDateTime.parse(timer.path("dueDate").asText(), CAMUNDA_DATE).toInstant()).isEqualTo(due.plusDays(1).toInstant());
    assertThat(jdbc.queryForList("select reason from asiek_due_date_change where task_id = ? order by id", String.class, id))
        .containsExactly(null, "Menunggu kepastian anggaran dari Sekretariat.");
    // the same comment is no reason twice
    assertThat(rest().put("pengembangan", "/engine-rest/task/" + id, withDue(task, due.plusDays(2))).status()).isEqualTo(400);
  }

  @Test
  void candidateGroupsStayAndTasksGoOnlyToMembersOfTheirLane() throws Exception {
    createUser("kadis2", "kadis");
    Activity own = startActivity();
    String id = taskOf("kadis", own.instanceId()).path("id").asText();

    RestClient.Reply removeLane = rest().post("kadis", "/engine-rest/task/" + id + "/identity-links/delete", Map.of("groupId", "kadis", "type", "candidate"));
    RestClient.Reply addLane = rest().post("kadis", "/engine-rest/task/" + id + "/identity-links", Map.of("groupId", "staf-kebersihan", "type", "candidate"));
    RestClient.Reply ghost = rest().post("kadis", "/engine-rest/task/" + id + "/assignee", Map.of("userId", "hantu"));
    RestClient.Reply otherLane = rest().post("kadis", "/engine-rest/task/" + id + "/assignee", Map.of("userId", "kebersihan"));
    RestClient.Reply claimForOther = rest().post("kadis", "/engine-rest/task/" + id + "/claim", Map.of("userId", "kadis2"));
    RestClient.Reply stranger = rest().post("kebersihan", "/engine-rest/task/" + id + "/assignee", Map.of("userId", "kebersihan"));
    RestClient.Reply colleague = rest().post("kadis", "/engine-rest/task/" + id + "/assignee", Map.of("userId", "kadis2"));

    assertThat(List.of(removeLane, addLane)).allSatisfy(r -> assertThat(r.status()).isEqualTo(403));
    assertThat(ghost.status()).isEqualTo(400);
    assertThat(ghost.json().path("message").asText()).isEqualTo("Pengguna \"hantu\" tidak ada.");
    assertThat(otherLane.status()).isEqualTo(400);
    assertThat(claimForOther.status()).isEqualTo(403);
    assertThat(stranger.status()).isIn(403, 404);
    assertThat(colleague.status()).as(colleague.body()).isEqualTo(204);
    assertThat(rest().get("admin", "/engine-rest/task/" + id).json().path("assignee").asText()).isEqualTo("kadis2");
    assertThat(rest().get("admin", "/engine-rest/task/" + id + "/identity-links?type=candidate").json().findValuesAsText("groupId"))
        .containsExactly("kadis");
    // the lane's supervisor (for the KADIS lane: the KADIS) may release it
    assertThat(rest().post("kadis", "/engine-rest/task/" + id + "/unclaim", Map.of()).status()).isEqualTo(204);
  }

  @Test
  void aTasksFormShowsOnlyWhatItsLaneNeeds() throws Exception {
    Map<String, Object> letter = TestData.requestLetter(today());
    letter.put("institutionName", "SDN [klik di sini](http://contoh.invalid) ![x](http://contoh.invalid/x.png)");
    Activity own = toPreparations(toAnalyst(startActivity(letter)));
    String cleaning = taskOf("kebersihan", own.instanceId()).path("id").asText();
    String equipment = taskOf("kasubag", own.instanceId(), "Task_PrepareEquipment").path("id").asText();

    JsonNode variables = rest().get("kebersihan", "/engine-rest/task/" + cleaning + "/form-variables").json();
    RestClient webapp = rest();
    webapp.webappLogin("tasklist", "kebersihan", "demo");
    JsonNode throughTasklist = webapp.webapp("GET", "/camunda/api/engine/engine/default/task/" + cleaning + "/form-variables", null).json();

    assertThat(variables.has("scheduleSummary")).as("the room and the schedule: " + variables).isTrue();
    assertThat(variables.has("contactPhone")).isFalse();
    assertThat(variables.has("contactEmail")).isFalse();
    assertThat(variables.has("dispositionNote")).isFalse();
    assertThat(throughTasklist.has("contactPhone")).isFalse();
    assertThat(variables.path("institutionName").path("value").asText()).doesNotContain("](").contains("\\[klik di sini\\]");
    for (String read : List.of("/engine-rest/task/" + cleaning + "/variables", "/engine-rest/task/" + cleaning + "/variables/contactPhone",
        "/engine-rest/variable-instance?processInstanceIdIn=" + own.instanceId(), "/engine-rest/process-instance/" + own.instanceId() + "/variables",
        "/engine-rest/history/variable-instance?processInstanceId=" + own.instanceId(), "/engine-rest/task/" + equipment + "/form-variables")) {
      RestClient.Reply reply = rest().get("kebersihan", read);
      assertThat(reply.status()).as(read + " → " + reply.body()).isIn(403, 404);
    }
  }

  @Test
  void badInputIsA400InIndonesianNeverA500() throws Exception {
    Map<String, Object> farFuture = TestData.requestLetter(today());
    farFuture.put("proposedStartDate", "9999-12-01");
    farFuture.put("proposedEndDate", "9999-12-02");
    Map<String, Object> newline = TestData.requestLetter(today());
    newline.put("letterNumber", "421.2/77\nBcc: semua@contoh.invalid");
    Map<String, Object> wrongTypes = TestData.requestLetter(today());
    wrongTypes.put("expectedParticipants", "empat puluh");
    wrongTypes.put("letterDate", "kemarin");

    RestClient.Reply year9999 = startAs(farFuture);
    RestClient.Reply injected = startAs(newline);
    RestClient.Reply words = startAs(wrongTypes);
    RestClient.Reply notJson = rest().post("agendaris", "/engine-rest/process-definition/key/pustaka-asiek/submit-form", "{\"variables\": [");

    assertThat(year9999.status()).isEqualTo(400);
    assertThat(year9999.json().path("message").asText()).contains("Kolom \"Usulan tanggal mulai\" harus berisi tanggal antara 1 Januari 2000 dan");
    assertThat(injected.status()).isEqualTo(400);
    assertThat(injected.json().path("message").asText()).contains("Kolom \"Nomor surat\" harus satu baris");
    assertThat(words.status()).isEqualTo(400);
    assertThat(words.json().path("message").asText()).contains("Kolom \"Perkiraan jumlah peserta\" harus berisi angka", "Kolom \"Tanggal surat\" harus berisi tanggal yang benar");
    assertThat(notJson.status()).isEqualTo(400);
  }

  // --- the Admin app's first-run setup (advisory against 7.24.0): refused while any user exists ---

  @Test
  void setupEndpointIsRefusedByOurGuardEvenWhenNobodyIsInCamundaAdmin() {
    Map<String, Object> user = Map.of(
        "profile", Map.of("id", "penyusup", "firstName", "X", "lastName", "Y", "email", "x@y.test"),
        "credentials", Map.of("password", "Penyusup-2026!"));
    List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream().map(User::getId).toList();
    admins.forEach(admin -> identityService.deleteMembership(admin, Groups.CAMUNDA_ADMIN));
    try {
      RestClient.Reply reply = rest().post(null, "/camunda/api/admin/setup/default/user/create", user);

      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.json().path("message").asText()).isEqualTo("Setup awal tidak tersedia: pengguna sudah ada.");
      assertThat(identityService.createUserQuery().userId("penyusup").count()).isZero();
    } finally {
      admins.forEach(admin -> identityService.createMembership(admin, Groups.CAMUNDA_ADMIN));
    }
  }

  // --- helpers ---

  static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  record Activity(String instanceId, String number) {}

  Activity startActivity() {
    return startActivity(TestData.requestLetter(today()));
  }

  Activity startActivity(Map<String, Object> letter) {
    RestClient.Reply started = startAs(letter);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return new Activity(started.json().path("id").asText(), started.json().path("businessKey").asText());
  }

  /** The KADIS accepts; the analysts' task appears once the job executor has sent the disposition on. */
  Activity toAnalyst(Activity activity) {
    String task = taskOf("kadis", activity.instanceId()).path("id").asText();
    assertThat(rest().post("kadis", "/engine-rest/task/" + task + "/claim", Map.of("userId", "kadis")).status()).isEqualTo(204);
    RestClient.Reply disposed = rest().post("kadis", "/engine-rest/task/" + task + "/submit-form",
        RestApiIntegrationTestBase.variables(TestData.acceptedDisposition()));
    assertThat(disposed.status()).as(disposed.body()).isEqualTo(204);
    taskOf("analis", activity.instanceId());
    return activity;
  }

  /** The analyst agrees a free schedule; the three preparation tasks appear after the confirmation mail. */
  Activity toPreparations(Activity activity) {
    String task = taskOf("analis", activity.instanceId()).path("id").asText();
    assertThat(rest().post("analis", "/engine-rest/task/" + task + "/claim", Map.of("userId", "analis")).status()).isEqualTo(204);
    Map<String, Object> coordination = TestData.coordination(ZonedDateTime.now(TestData.JAKARTA).minusMinutes(30));
    coordination.putAll(TestData.schedule(nextFreeWorkshopDay()));
    RestClient.Reply agreed = rest().post("analis", "/engine-rest/task/" + task + "/submit-form", RestApiIntegrationTestBase.variables(coordination));
    assertThat(agreed.status()).as(agreed.body()).isEqualTo(204);
    taskOf("kebersihan", activity.instanceId());
    return activity;
  }

  private static final AtomicInteger WORKSHOPS = new AtomicInteger();

  /** A working day at least five weeks ahead whose next day is a working day too; a new one on every call. */
  LocalDate nextFreeWorkshopDay() {
    LocalDate day = today().plusDays(35 + 7L * WORKSHOPS.getAndIncrement());
    while (!workingDay(day) || !workingDay(day.plusDays(1))) {
      day = day.plusDays(1);
    }
    return day;
  }

  boolean workingDay(LocalDate day) {
    return day.getDayOfWeek().getValue() <= 5
        && jdbc.queryForObject("select count(*) from asiek_holiday where holiday_date = ?", Long.class, day) == 0;
  }

  RestClient.Reply startAs(Map<String, Object> letter) {
    return rest().post("agendaris", "/engine-rest/process-definition/key/pustaka-asiek/submit-form", RestApiIntegrationTestBase.variables(letter));
  }

  /** The one task of the instance the user sees (supervisors, who see every lane's, name the task they mean). */
  JsonNode taskOf(String user, String instanceId) {
    return taskOf(user, instanceId, null);
  }

  JsonNode taskOf(String user, String instanceId, String taskDefinitionKey) {
    String query = "/engine-rest/task?processInstanceId=" + instanceId + (taskDefinitionKey == null ? "" : "&taskDefinitionKey=" + taskDefinitionKey);
    return await().atMost(Duration.ofSeconds(20)).until(() -> rest().get(user, query).json(), tasks -> tasks.size() == 1).get(0);
  }

  String variable(String instanceId, String name) {
    return rest().get("admin", "/engine-rest/process-instance/" + instanceId + "/variables/" + name).json().path("value").asText();
  }

  /** The task as Tasklist sends it back to set a due date: everything it read (camundaFormRef too), the due date changed. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> withDue(JsonNode task, OffsetDateTime due) {
    Map<String, Object> body = RestClient.JSON.convertValue(task, Map.class);
    body.put("due", due == null ? null : due.format(CAMUNDA_DATE));
    return body;
  }

  void createUser(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("(uji)");
      user.setEmail(id + "@pustaka-asiek.test");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }

  Map<String, Long> traces() {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String table : List.of("act_ru_execution", "act_ru_task", "act_hi_procinst", "asiek_activity", "asiek_mail_log")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  static LocalDate today() {
    return ZonedDateTime.now(TestData.JAKARTA).toLocalDate();
  }
}
