package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.mojokertokab.asiek.AsiekApplication;
import id.go.mojokertokab.asiek.process.RecordedLetter;
import id.go.mojokertokab.asiek.security.WeakAdminPasswordException;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Starting the application as an operator would: profiles, passwords, and a restart on the same H2 file. */
@ExtendWith(OutputCaptureExtension.class)
class StartupIntegrationTest {

  @Test
  void prodProfileRefusesToStartWithAWeakAdminPassword(CapturedOutput output) {
    assertThatThrownBy(() -> start("test,prod", "asiek.security.admin-password=Rahasia2026"))
        .hasRootCauseInstanceOf(WeakAdminPasswordException.class);
    assertThat(output).contains("Pustaka ASIEK refuses to start: ASIEK_ADMIN_PASSWORD is shorter than 12 characters.");
  }

  @Test
  void prodProfileRefusesToStartWithoutAnAdminPassword(CapturedOutput output) {
    assertThatThrownBy(() -> start("test,prod", "asiek.security.admin-password="))
        .hasRootCauseInstanceOf(WeakAdminPasswordException.class);
    assertThat(output).contains("Pustaka ASIEK refuses to start: ASIEK_ADMIN_PASSWORD is not set.");
  }

  @Test
  void anAdminWhosePasswordIsItsIdNeverStarts() {
    assertThatThrownBy(() -> start("test", "asiek.security.admin-password=admin"))
        .hasRootCauseMessage("ASIEK_ADMIN_PASSWORD equals the admin user id 'admin'");
  }

  @Test
  void prodProfileStartsWithAStrongPasswordAndNoDemoUsers() {
    try (ConfigurableApplicationContext app = start("prod", "asiek.security.admin-password=Mojosari-Perpus#2026",
        "spring.datasource.url=jdbc:h2:mem:prod-start;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", "Mojosari-Perpus#2026")).isTrue();
      assertThat(identity.createUserQuery().userId("kadis").count()).isZero();
      assertThat(identity.createGroupQuery().groupId("kadis").singleResult().getName()).isEqualTo("KADIS");
      // no SMTP server listens here: mail trouble is retried by jobs and must not report the application down
      assertThat(app.getBean(org.springframework.boot.actuate.health.HealthEndpoint.class).health().getStatus())
          .isEqualTo(org.springframework.boot.actuate.health.Status.UP);
    }
  }

  /**
   * The shipped default (no profile, ASIEK_DATA_DIR): the H2 file lands in that folder, an instance and the generated
   * admin password survive a restart, and the admin really logs in over HTTP after it.
   */
  @Test
  void theDefaultDatabaseInAsiekDataDirKeepsInstancesAndTheAdminAcrossARestart(@TempDir Path dataDir, CapturedOutput output) {
    String[] settings = {"ASIEK_DATA_DIR=" + dataDir, "camunda.bpm.job-execution.enabled=false", "asiek.security.admin-password="};
    String instanceId;
    String password;
    try (ConfigurableApplicationContext first = start("default", settings)) {
      instanceId = RecordedLetter.of(first.getBean(ProcessEngine.class), RestApiIntegrationTestBase.today()).getId();
      java.util.regex.Matcher generated = java.util.regex.Pattern.compile("with the generated password (\\S+)").matcher(output.getOut());
      assertThat(generated.find()).as("the generated password is logged once").isTrue();
      password = generated.group(1);
      assertThat(adminLogin(first, password)).isEqualTo(200);
    }
    assertThat(dataDir.resolve("pustaka-asiek.mv.db")).exists();

    try (ConfigurableApplicationContext second = start("default", settings)) {
      assertThat(second.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instanceId).singleResult()).isNotNull();
      assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
          .isEqualTo("Task_DisposeRequest");
      assertThat(adminLogin(second, password)).isEqualTo(200);
      assertThat(adminLogin(second, password + "x")).isEqualTo(401);
    }
    assertThat(output).containsOnlyOnce("with the generated password");
  }

  /** HTTP Basic against the running application's REST API. */
  private static int adminLogin(ConfigurableApplicationContext app, String password) {
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    try {
      java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/engine-rest/user?id=admin"))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .build();
      return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static ConfigurableApplicationContext start(String profiles, String... properties) {
    String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("server.port=0"), java.util.Arrays.stream(properties))
        .map(property -> "--" + property).toArray(String[]::new);
    return new SpringApplicationBuilder(AsiekApplication.class).profiles(profiles.split(",")).run(args);
  }
}
