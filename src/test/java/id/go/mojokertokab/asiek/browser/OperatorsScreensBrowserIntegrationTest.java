package id.go.mojokertokab.asiek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.schedule.ReservationService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What supervisors and staff see, in Debian's headless Chromium with Indonesian as the browser's language, after five
 * weeks of office history: Cockpit in Indonesian with "Kepatuhan SOP" in its header, the compliance report inside
 * Cockpit as the KADIS, the schedule calendar's week and month as Kasubag Umum with a booking opened, Tasklist without
 * the Camunda 8 banner. Screenshots in target/screenshots (mvn verify -Pbrowser).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorsScreensBrowserIntegrationTest {

  static final Path SHOTS = Path.of("target", "screenshots");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @LocalServerPort int port;
  @Autowired FormService forms;
  @Autowired TaskService tasks;
  @Autowired ManagementService jobs;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired ReservationService reservations;

  int activities;

  @BeforeAll
  void fiveWeeksOfTheOffice() throws IOException {
    Files.createDirectories(SHOTS);
    activities = new OfficeHistory(forms, tasks, jobs, identity, repository, reservations).write();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  void cockpitSpeaksIndonesianAndOffersTheComplianceReport() {
    inBrowser("cockpit", "kadis", browser -> {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Kepatuhan SOP"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Instans proses berjalan"));
      String text = browser.findElement(By.tagName("body")).getText();
      assertThat(text).contains("Proses", "Keputusan", "Kepatuhan SOP").doesNotContain("Running Process Instances");
      assertNoCamunda8Banner(browser);
      shoot(browser, "cockpit-id-dasbor.png");

      browser.findElement(By.linkText("Kepatuhan SOP")).click();
      WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe[title='Laporan kepatuhan waktu SOP']")));
      browser.switchTo().frame(frame);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.grafik svg rect.median")));
      String report = browser.findElement(By.tagName("body")).getText();
      int completed = Integer.parseInt(report.replaceAll("(?s).*Jumlah tugas selesai: (\\d+).*", "$1"));
      assertThat(completed).as("completed tasks in the report").isGreaterThanOrEqualTo(activities);
      assertThat(report).contains("Kegiatan Pustaka ASIEK", "Registrasi Peserta", "1 jam", "1 hari", "2 hari");
      browser.switchTo().defaultContent();
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
      shoot(browser, "cockpit-kepatuhan-sop.png");
    });
  }

  @Test
  @Order(2)
  void kasubagSeesAWeekOfBookingsAndOpensAnActivity() {
    inBrowser("tasklist", "kasubag", browser -> {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      assertNoCamunda8Banner(browser);
      shoot(browser, "tasklist-tanpa-banner.png");

      browser.get(base() + "/staf/jadwal?tanggal=" + OfficeHistory.CALENDAR_WEEK);
      wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".fc-event"), 5));
      String week = browser.findElement(By.id("kalender")).getText();
      assertThat(week).contains("25 – 31 Januari 2027", "Sen 25/1", "Sel 26/1", "Rab 27/1", "Rapat koordinasi kearsipan desa", "Ruang Pelatihan");
      shoot(browser, "kalender-minggu.png");

      List<WebElement> sessions = browser.findElements(By.cssSelector(".fc-event.kegiatan.jenis-room"));
      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", sessions.get(0));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rincian-isi"), "Lembaga pemohon"));
      assertThat(browser.findElement(By.id("rincian")).getText()).contains("SDN 1 Mojosari", "Diterima", "Penerangan materi");
      shoot(browser, "kalender-rincian-kegiatan.png");

      ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()",
          browser.findElement(By.cssSelector(".rincian .tutup")));
      browser.findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kalender"), "Kamis"));
      shoot(browser, "kalender-bulan.png");
    });
  }

  /** A Chromium signed in to {@code app} as {@code user} goes through {@code steps}, and is closed whatever they did. */
  private void inBrowser(String app, String user, Consumer<WebDriver> steps) {
    WebDriver browser = Chromium.start(1440, 1000);
    try {
      Chromium.signIn(browser, base(), app, user);
      steps.accept(browser);
    } finally {
      browser.quit();
    }
  }

  /** Camunda 7.24's webapps announce Camunda 8 in a banner; our staff never see it. */
  private static void assertNoCamunda8Banner(WebDriver browser) {
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
        .as("no Camunda 8 banner").isEmpty();
  }

  private void shoot(WebDriver browser, String name) {
    Chromium.screenshot(browser, SHOTS.resolve(name));
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  static List<String> shots() {
    return List.of("cockpit-id-dasbor.png", "cockpit-kepatuhan-sop.png", "kalender-minggu.png", "kalender-rincian-kegiatan.png",
        "kalender-bulan.png", "tasklist-tanpa-banner.png");
  }
}
