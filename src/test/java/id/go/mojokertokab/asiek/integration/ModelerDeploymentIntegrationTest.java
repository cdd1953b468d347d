package id.go.mojokertokab.asiek.integration;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.OurBeans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An analyst deploys a changed diagram from Camunda Modeler: a multipart POST to /engine-rest/deployment/create with
 * HTTP Basic, the fields and parts Modeler sends (deployment-name, deployment-source, enable-duplicate-filtering, the
 * diagram and its forms under their file names). A good diagram becomes a new version while running instances keep
 * theirs and their forms; each broken convention is refused with its own sentence and nothing is deployed.
 */
// its own application (not the cached one of other classes): it deploys new versions, and the engine it reaches over
// REST must be the one it started
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=pustaka-asiek-modeler-deployment")
@ActiveProfiles("test")
@DirtiesContext
class ModelerDeploymentIntegrationTest {

  static final String DEPLOY = "/engine-rest/deployment/create";
  static final String DIAGRAM = "pustaka-asiek.bpmn";

  @LocalServerPort int port;

  @BeforeEach
  void pinClock() {
    ClockUtil.setCurrentTime(TestData.date(MONDAY_0900));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aChangedDiagramWithItsFormsBecomesANewVersionAndRunningInstancesKeepTheirs() throws IOException {
    RestClient rest = new RestClient(port);
    JsonNode before = latest(rest);
    String running = startInstance(rest);
    String changed = diagram().replace("name=\"Disposisi surat permohonan\"", "name=\"Disposisi surat permohonan kerja sama\"")
        .replace("camunda:versionTag=\"sop-041-2023.1\"", "camunda:versionTag=\"sop-041-2023.2\"");

    RestClient.Reply deployed = deployAsModeler(rest, "perancang", changed, forms());

    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    JsonNode after = latest(rest);
    assertThat(after.path("version").asInt()).isEqualTo(before.path("version").asInt() + 1);
    assertThat(after.path("versionTag").asText()).isEqualTo("sop-041-2023.2");
    assertThat(deployed.json().path("deployedProcessDefinitions").has(after.path("id").asText())).isTrue();
    assertThat(deployed.json().path("source").asText()).isEqualTo("Camunda Modeler");

    JsonNode runningTask = rest.get("kadis", "/engine-rest/task?processInstanceId=" + running).json().get(0);
    assertThat(runningTask.path("processDefinitionId").asText()).as("the running instance stays on its version").isEqualTo(before.path("id").asText());
    assertThat(runningTask.path("name").asText()).isEqualTo("Disposisi surat permohonan");
    RestClient.Reply runningForm = rest.get("kadis", "/engine-rest/task/" + runningTask.path("id").asText() + "/deployed-form");
    assertThat(runningForm.status()).isEqualTo(200);
    assertThat(runningForm.json().path("id").asText()).isEqualTo("Form_Disposition");

    String started = startInstance(rest);
    JsonNode newTask = rest.get("kadis", "/engine-rest/task?processInstanceId=" + started).json().get(0);
    assertThat(newTask.path("processDefinitionId").asText()).isEqualTo(after.path("id").asText());
    assertThat(newTask.path("name").asText()).isEqualTo("Disposisi surat permohonan kerja sama");
    assertThat(rest.get("kadis", "/engine-rest/task/" + newTask.path("id").asText() + "/deployed-form").status()).isEqualTo(200);
  }

  @Test
  void eachBrokenConventionIsRefusedWithItsOwnSentenceAndNothingIsDeployed() throws IOException {
    RestClient rest = new RestClient(port);
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("Tugas \"Siapkan ruangan\" (Task_PrepareRoom) tidak memiliki langkah SOP (sopLangkah)",
        diagram().replaceFirst("(<bpmn:userTask id=\"Task_PrepareRoom\"[\\s\\S]*?)<camunda:property name=\"sopLangkah\" value=\"4\" />", "$1"));
    broken.put("Tugas \"Siapkan ruangan\" (Task_PrepareRoom) tidak memiliki mutu baku kelengkapan, output",
        diagram().replaceFirst("(<bpmn:userTask id=\"Task_PrepareRoom\"[\\s\\S]*?)<camunda:property name=\"kelengkapan\"[^>]*>([\\s\\S]*?)<camunda:property name=\"output\"[^>]*>", "$1$2"));
    broken.put("Tugas \"Siapkan ruangan\" (Task_PrepareRoom) dikerjakan oleh \"camunda-admin\", yang bukan lajur Pustaka ASIEK",
        diagram().replace("camunda:candidateGroups=\"staf-kebersihan\"", "camunda:candidateGroups=\"camunda-admin\""));
    broken.put("Tugas \"Siapkan ruangan\" (Task_PrepareRoom) memakai formulir \"Form_PrepareRoomV2\", yang tidak ikut dipasang",
        diagram().replace("camunda:formRef=\"Form_PrepareRoom\"", "camunda:formRef=\"Form_PrepareRoomV2\""));
    broken.put("Elemen \"Kirim surat penolakan\" (Task_SendRejectionLetter) memakai delegate expression ${sendRejectionLetter}, yang tidak menunjuk bean",
        diagram().replace("${sendRejectionLetterDelegate}", "${sendRejectionLetter}"));
    broken.put("Elemen \"Kirim surat penolakan\" (Task_SendRejectionLetter) adalah script task; skrip tidak diizinkan",
        diagram().replaceFirst("<bpmn:sendTask id=\"Task_SendRejectionLetter\"[^>]*>",
            "<bpmn:scriptTask id=\"Task_SendRejectionLetter\" name=\"Kirim surat penolakan\" scriptFormat=\"javascript\">")
            .replaceFirst("(<bpmn:scriptTask id=\"Task_SendRejectionLetter\"[\\s\\S]*?)</bpmn:sendTask>", "$1<bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>"));
    broken.put("Tugas \"Disposisi surat permohonan\" (Task_DisposeRequest) memuat skrip (camunda:script); skrip tidak diizinkan.",
        diagram().replace("<camunda:taskListener delegateExpression=\"${overdueTaskEscalation}\" event=\"timeout\" id=\"TimeoutListener_DisposeRequestOverdue\">",
            "<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:taskListener>"
                + "<camunda:taskListener delegateExpression=\"${overdueTaskEscalation}\" event=\"timeout\" id=\"TimeoutListener_DisposeRequestOverdue\">"));
    broken.put("Elemen \"Ditolak\" (Flow_RequestRejected) memuat ekspresi ${execution.processEngineServices != null} pada kondisi alur",
        diagram().replace("${dispositionDecision == 'DITOLAK'}", "${execution.processEngineServices != null}"));

    JsonNode before = latest(rest);
    long deployments = rest.get("admin", "/engine-rest/deployment/count").json().path("count").asLong();
    for (Map.Entry<String, String> diagram : broken.entrySet()) {
      RestClient.Reply refused = deployAsModeler(rest, "perancang", diagram.getValue(), forms());

      assertThat(refused.status()).as(diagram.getKey() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().path("type").asText()).isEqualTo("ParseException");
      String message = refused.json().path("message").asText();
      assertThat(message).startsWith("Diagram pustaka-asiek.bpmn tidak dipasang, 1 masalah:\n- ").contains(diagram.getKey());
      assertThat(refused.json().path("details").path(DIAGRAM).path("errors").get(0).path("message").asText()).startsWith(diagram.getKey());
    }
    assertThat(latest(rest).path("id").asText()).isEqualTo(before.path("id").asText());
    assertThat(rest.get("admin", "/engine-rest/deployment/count").json().path("count").asLong()).isEqualTo(deployments);
  }

  @Test
  void aDiagramDeployedWithoutItsFormsIsRefusedNamingEveryMissingForm() throws IOException {
    RestClient rest = new RestClient(port);

    RestClient.Reply refused = deployAsModeler(rest, "perancang", diagram().replace("sop-041-2023.1", "sop-041-2023.3"), Map.of());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).startsWith("Diagram pustaka-asiek.bpmn tidak dipasang, " + OurBeans.formIds().size() + " masalah:")
        .contains("\"Form_RequestLetter\", yang tidak ikut dipasang", "\"Form_ConfirmSpeakerMaterial\", yang tidak ikut dipasang");
  }

  @Test
  void onlyTheDeployersDeployAndOnlyADiagramWithItsForms() throws IOException {
    RestClient rest = new RestClient(port);
    String diagram = diagram().replace("sop-041-2023.1", "sop-041-2023.4");

    assertThat(rest.get("perancang", "/engine-rest/deployment?maxResults=0").status()).as("Modeler's connection check").isEqualTo(200);
    assertThat(deployAsModeler(rest, "kadis", diagram, forms()).status()).isEqualTo(403);
    assertThat(deployAsModeler(rest, "agendaris", diagram, forms()).status()).isEqualTo(403);
    Map<String, byte[]> withScript = new LinkedHashMap<>(forms());
    withScript.put("helper.js", "java.lang.System.exit(1)".getBytes(StandardCharsets.UTF_8));
    RestClient.Reply script = deployAsModeler(rest, "perancang", diagram, withScript);
    assertThat(script.status()).isEqualTo(403);
    assertThat(script.json().path("message").asText()).contains("\"helper.js\" tidak dapat dipasang");
    RestClient.Reply changedOnly = deploy(rest, "perancang", Map.of("deployment-name", "pustaka-asiek", "deploy-changed-only", "true"), diagram, forms());
    assertThat(changedOnly.status()).isEqualTo(403);
    assertThat(changedOnly.json().path("message").asText()).contains("deploy changed only");
    RestClient.Reply otherProcess = deployAsModeler(rest, "perancang", diagram.replace("id=\"pustaka-asiek\"", "id=\"proses-lain\"")
        .replace("processRef=\"pustaka-asiek\"", "processRef=\"proses-lain\""), forms());
    assertThat(otherProcess.status()).isEqualTo(403);
    String definition = latest(rest).path("id").asText();
    assertThat(rest.post("perancang", "/engine-rest/process-definition/" + definition + "/start", Map.of()).status())
        .as("Modeler's start instance").isEqualTo(403);
    assertThat(rest.get("perancang", "/engine-rest/task").json()).as("no task is the deployers'").isEmpty();
    assertThat(rest.delete("perancang", "/engine-rest/deployment/" + latest(rest).path("deploymentId").asText()).status()).isEqualTo(403);
  }

  private RestClient.Reply deployAsModeler(RestClient rest, String user, String diagram, Map<String, byte[]> forms) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "pustaka-asiek");
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    return deploy(rest, user, fields, diagram, forms);
  }

  private RestClient.Reply deploy(RestClient rest, String user, Map<String, String> fields, String diagram, Map<String, byte[]> forms) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(DIAGRAM, diagram.getBytes(StandardCharsets.UTF_8));
    files.putAll(forms);
    return rest.postMultipart(user, DEPLOY, fields, files);
  }

  private static JsonNode latest(RestClient rest) {
    return rest.get("admin", "/engine-rest/process-definition/key/pustaka-asiek").json();
  }

  private static String startInstance(RestClient rest) {
    RestClient.Reply started = rest.post("agendaris", "/engine-rest/process-definition/key/pustaka-asiek/submit-form",
        RestApiIntegrationTestBase.variables(TestData.requestLetter(MONDAY_0900.toLocalDate())));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private static String diagram() throws IOException {
    return Files.readString(Path.of("processes", DIAGRAM));
  }

  private static Map<String, byte[]> forms() throws IOException {
    Map<String, byte[]> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.put(form.getFileName().toString(), Files.readAllBytes(form));
      }
    }
    return forms;
  }
}
