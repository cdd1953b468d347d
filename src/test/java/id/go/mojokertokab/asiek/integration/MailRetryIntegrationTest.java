package id.go.mojokertokab.asiek.integration;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * After an SMTP outage the rejection letter's job ends as an incident; an operator retries it in Cockpit (the call
 * Cockpit makes: PUT job/{id}/retries with one retry, through the webapp's engine API) and the letter goes out within
 * a minute, with the job executor running as in production, not up to ten minutes later at the failed try's due date.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = RestApiIntegrationTestBase.PROPERTIES)
@ActiveProfiles("test")
@DirtiesContext
class MailRetryIntegrationTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aMailRetriedFromCockpitAfterAnOutageGoesOutWithinAMinute() throws Exception {
    ClockUtil.setCurrentTime(TestData.date(MONDAY_0900));
    mail.stop();
    RestClient rest = new RestClient(port);
    String instance = rest.post("agendaris", "/engine-rest/process-definition/key/pustaka-asiek/submit-form",
        RestApiIntegrationTestBase.variables(TestData.requestLetter(MONDAY_0900.toLocalDate()))).json().path("id").asText();
    String task = rest.get("kadis", "/engine-rest/task?processInstanceId=" + instance).json().get(0).path("id").asText();
    assertThat(rest.post("kadis", "/engine-rest/task/" + task + "/claim", Map.of("userId", "kadis")).status()).isEqualTo(204);
    assertThat(rest.post("kadis", "/engine-rest/task/" + task + "/submit-form",
        RestApiIntegrationTestBase.variables(TestData.rejectedDisposition())).status()).isEqualTo(204);

    Job failed = await().atMost(Duration.ofSeconds(30)).until(() -> letterJob(instance), job -> job != null && job.getRetries() == 4);
    assertThat(failed.getDuedate()).as("R5/PT10M: the next try ten minutes later").isEqualTo(TestData.date(MONDAY_0900.plusMinutes(10)));
    // the last tries, as if the hours had passed: the job ends as an incident
    management.setJobRetries(1).jobId(failed.getId()).dueDate(ClockUtil.getCurrentTime()).execute();
    await().atMost(Duration.ofSeconds(30)).until(() -> letterJob(instance).getRetries() == 0);
    Job incident = letterJob(instance);
    assertThat(incident.getExceptionMessage()).contains("was not accepted by the SMTP server");
    assertThat(incident.getDuedate()).as("left alone, the job would wait for its failed try's due date").isAfter(ClockUtil.getCurrentTime());

    mail.start();
    RestClient operator = new RestClient(port);
    assertThat(operator.webappLogin("cockpit", "admin", RestApiIntegrationTestBase.ADMIN_PASSWORD)).isEqualTo(200);
    long retried = System.nanoTime();
    RestClient.Reply retry = operator.webapp("PUT", "/camunda/api/engine/engine/default/job/" + incident.getId() + "/retries", Map.of("retries", 1));
    assertThat(retry.status()).as(retry.body()).isEqualTo(204);

    assertThat(mail.waitForIncomingEmail(60_000, 1)).as("the letter arrives within a minute").isTrue();
    Duration took = Duration.ofNanos(System.nanoTime() - retried);
    assertThat(took).isLessThan(Duration.ofMinutes(1));
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(mail.getReceivedMessages()[0].getSubject()).startsWith("[ASIEK-2026-");
    JsonNode history = rest.get("admin", "/engine-rest/history/process-instance/" + instance).json();
    await().atMost(Duration.ofSeconds(10)).until(() -> rest.get("admin", "/engine-rest/history/process-instance/" + instance).json()
        .path("state").asText().equals("COMPLETED"));
    assertThat(history.path("id").asText()).isEqualTo(instance);
  }

  private Job letterJob(String instance) {
    return management.createJobQuery().processInstanceId(instance).activityId(Elements.TASK_SEND_REJECTION_LETTER).singleResult();
  }
}
