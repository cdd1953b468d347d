package id.go.mojokertokab.asiek.browser;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Lanes complete their Camunda Forms in Tasklist as they would: the analyst's coordination form, whose sessions and
 * equipment are dynamic lists, and Kasubag Umum's equipment preparation. The coordination form is the analyst's saved
 * draft ("Simpan" keeps it in the browser), and one equipment line is changed before completing: in Tasklist 7.24 as
 * shipped, a change inside a dynamic list leaves "Selesaikan" disabled (see scripts/asiek-forms.js).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TasklistFormsBrowserIntegrationTest {

  static final Path SHOTS = Path.of("target", "screenshots");
  static final LocalDate FIRST_DAY = TestData.WORKSHOP_FIRST_DAY;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired FormService forms;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService jobs;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;

  ChromeDriver browser;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(TestData.date(TestData.MONDAY_0900));
    browser = Chromium.start(1366, 1000);
  }

  @AfterEach
  void stop() {
    browser.quit();
    ClockUtil.reset();
  }

  @Test
  void theAnalystChangesAnEquipmentLineAndCompletesTheCoordinationThenKasubagPreparesTheEquipment() throws Exception {
    ProcessInstance instance = acceptedRequest();
    Task coordination = task(instance, Elements.TASK_COORDINATE_WITH_REQUESTER);

    Chromium.signIn(browser, base(), "tasklist", "analis");
    browser.executeScript("localStorage.setItem(arguments[0], arguments[1])", "camunda-form:" + coordination.getId(), savedCoordination());
    openAndClaim(coordination);
    WebElement quantity = field("Field_EquipmentQuantity_0");
    quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
    completeButtonEnabled();
    Chromium.screenshot(browser, SHOTS.resolve("tasklist-koordinasi-siap-diselesaikan.png"));
    complete(coordination);

    assertThat(completedBy(coordination)).isEqualTo("analis");
    String equipment = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(EQUIPMENT.name())
        .singleResult().getValue().toString();
    assertThat(equipment).as("the changed line is what the engine got").contains("\"quantity\":2").contains("proyektor");

    runJob(instance, Elements.TASK_SEND_SCHEDULE_CONFIRMATION);
    Task preparation = task(instance, Elements.TASK_PREPARE_EQUIPMENT);
    browser.quit();
    browser = Chromium.start(1366, 1000);
    Chromium.signIn(browser, base(), "tasklist", "kasubag");
    openAndClaim(preparation);
    List<WebElement> boxes = browser.findElements(By.cssSelector(".fjs-form input[type=checkbox]"));
    assertThat(boxes).as("kelengkapan, the booked equipment, the output").hasSizeGreaterThanOrEqualTo(4);
    for (WebElement box : boxes) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
      box.click();
    }
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("Proyektor", "Komputer PC & printer");
    completeButtonEnabled();
    Chromium.screenshot(browser, SHOTS.resolve("tasklist-persiapan-peralatan.png"));
    complete(preparation);
    assertThat(completedBy(preparation)).isEqualTo("kasubag");
  }

  private ProcessInstance acceptedRequest() {
    identity.setAuthentication("agendaris", List.of("agendaris-surat"));
    ProcessInstance instance;
    try {
      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY).latestVersion()
          .singleResult().getId();
      instance = forms.submitStartForm(definition, TestData.requestLetter(TestData.MONDAY_0900.toLocalDate()));
    } finally {
      identity.clearAuthentication();
    }
    forms.submitTaskForm(task(instance, Elements.TASK_DISPOSE_REQUEST).getId(), TestData.acceptedDisposition());
    runJob(instance, Elements.TASK_STORE_DISPOSITION_SHEET);
    runJob(instance, Elements.TASK_NOTIFY_COOPERATION_ANALYST);
    return instance;
  }

  /** The coordination as form-js holds it in the browser: what Tasklist keeps under "camunda-form:{taskId}" on "Simpan". */
  private static String savedCoordination() throws Exception {
    Map<String, Object> data = Map.ofEntries(
        Map.entry("requirementsConfirmed", List.of("Alat komunikasi")),
        Map.entry("dispositionConveyedVia", "WHATSAPP"),
        Map.entry("dispositionConveyedAt", TestData.MONDAY_0900.minusMinutes(30).toOffsetDateTime().toString()),
        Map.entry("coordinationNote", "Pemohon setuju dengan jadwal 21 dan 22 Desember."),
        Map.entry("sessions", List.of(
            Map.of("sessionType", "PEMBUKAAN", "sessionDate", FIRST_DAY.toString(), "startTime", "08:00", "endTime", "09:00"),
            Map.of("sessionType", "MATERI", "sessionDate", FIRST_DAY.toString(), "startTime", "09:00", "endTime", "15:00"),
            Map.of("sessionType", "PRAKTIK", "sessionDate", FIRST_DAY.plusDays(1).toString(), "startTime", "08:00", "endTime", "15:00"))),
        Map.entry("roomId", "ruang-pelatihan"),
        Map.entry("speakerId", "narasumber-pustakawan"),
        Map.entry("capacity", 30),
        Map.entry("registrationDeadline", FIRST_DAY.minusDays(3).toString()),
        Map.entry("equipment", List.of(Map.of("resourceId", "proyektor", "quantity", 1), Map.of("resourceId", "pc-printer", "quantity", 5))),
        Map.entry("outputConfirmed", true));
    return new ObjectMapper().writeValueAsString(data);
  }

  private void openAndClaim(Task task) {
    browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Klaim']")));
    claim.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='Selesaikan']")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form input")));
  }

  private WebElement field(String idSuffix) {
    WebElement input = new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id$='-" + idSuffix + "']")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    return input;
  }

  private void completeButtonEnabled() {
    new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("\"Selesaikan\" stays disabled although no field shows an error")
        .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Selesaikan']")));
  }

  private void complete(Task task) {
    WebElement button = browser.findElement(By.xpath("//button[normalize-space()='Selesaikan']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("the task " + task.getTaskDefinitionKey() + " is completed")
        .until(b -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  private String completedBy(Task task) {
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(done.getDeleteReason()).isEqualTo("completed");
    return done.getAssignee();
  }

  private Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void runJob(ProcessInstance instance, String activity) {
    jobs.executeJob(jobs.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult().getId());
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }
}
