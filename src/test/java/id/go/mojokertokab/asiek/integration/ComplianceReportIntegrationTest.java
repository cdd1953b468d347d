package id.go.mojokertokab.asiek.integration;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.RecordedLetter;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The compliance report as the supervisors open it from Cockpit (signed in to the webapps): the dispositions of a
 * Monday counted against their waktu of one hour, as a page and as CSV; other lanes are refused, nobody unsigned sees it.
 */
// an application of its own: closing another test's engine unregisters "default" from a cached one's REST and webapps
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=pustaka-asiek-compliance-report")
@ActiveProfiles("test")
@DirtiesContext
class ComplianceReportIntegrationTest {

  static final String REPORT = "/staf/laporan/kepatuhan-sop?dari=2026-12-01&sampai=2026-12-31&lajur=kadis";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired FormService forms;
  @Autowired TaskService tasks;

  @BeforeEach
  void mondayOfDispositions() {
    // three letters recorded at 09:00; the KADIS disposes two within the hour and one at 11:00; a fourth stays open
    for (int minutes : new int[] {20, 40, 120}) {
      ProcessInstance instance = startAt(MONDAY_0900);
      ClockUtil.setCurrentTime(TestData.date(MONDAY_0900.plusMinutes(minutes)));
      String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      forms.submitTaskForm(task, TestData.rejectedDisposition());
    }
    startAt(MONDAY_0900);
    ClockUtil.setCurrentTime(TestData.date(MONDAY_0900.plusHours(3)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void supervisorsSeeEachSopRowAgainstItsWaktuAsPageAndCsv() {
    RestClient kadis = new RestClient(port);
    assertThat(kadis.webappLogin("cockpit", "kadis", "demo")).isEqualTo(200);

    RestClient.Reply page = kadis.get(null, REPORT);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Kepatuhan waktu SOP", "Disposisi surat permohonan", "1 jam", "<svg", "Unduh CSV")
        .containsPattern("(?s)Langkah 1.*1 jam")
        .doesNotContain("X-Frame-Options");
    assertThat(page.raw().headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");

    RestClient.Reply csv = kadis.get(null, REPORT.replace("kepatuhan-sop?", "kepatuhan-sop.csv?"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("kepatuhan-sop-2026-12-01-2026-12-31-kadis.csv"));
    List<String> row = List.of(csv.body().lines().skip(1).findFirst().orElseThrow().split(","));
    // at least this class's three dispositions: 20, 40 and 120 office minutes; the open one is past its hour
    assertThat(row.get(0)).isEqualTo("1");
    assertThat(row.get(3)).isEqualTo("1 jam");
    assertThat(Integer.parseInt(row.get(5))).isGreaterThanOrEqualTo(3);
    assertThat(Integer.parseInt(row.get(8))).isGreaterThanOrEqualTo(1);
    assertThat(Integer.parseInt(row.get(10))).isGreaterThanOrEqualTo(1);
  }

  @Test
  void otherLanesAreRefusedAndNobodyUnsignedSeesIt() {
    RestClient cleaner = new RestClient(port);
    cleaner.webappLogin("tasklist", "kebersihan", "demo");
    RestClient registrar = new RestClient(port);
    registrar.webappLogin("tasklist", "agendaris", "demo");

    assertThat(cleaner.get(null, REPORT).status()).isEqualTo(403);
    assertThat(cleaner.get(null, REPORT).body()).contains("Hanya KADIS, Bidang Pengembangan dan Kasubag Umum yang dapat membuka laporan kepatuhan SOP.");
    assertThat(cleaner.get(null, REPORT.replace("kepatuhan-sop?", "kepatuhan-sop.csv?")).status()).isEqualTo(403);
    assertThat(registrar.get(null, REPORT).status()).isEqualTo(403);
    assertThat(new RestClient(port).get(null, REPORT).status()).isEqualTo(401);
    assertThat(new RestClient(port).get("kadis", REPORT).status()).as("HTTP Basic is no staff page login").isEqualTo(401);
  }

  private ProcessInstance startAt(ZonedDateTime time) {
    ClockUtil.setCurrentTime(TestData.date(time));
    return RecordedLetter.of(engine, time.toLocalDate());
  }
}
