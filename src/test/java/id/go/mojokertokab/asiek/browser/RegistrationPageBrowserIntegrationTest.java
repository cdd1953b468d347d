package id.go.mojokertokab.asiek.browser;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.participant.OpenRegistration;
import id.go.mojokertokab.asiek.participant.RegistrationDesk;
import id.go.mojokertokab.asiek.participant.RegistrationForm;
import id.go.mojokertokab.asiek.participant.RegistrationOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public registration page in Debian's headless Chromium on a phone-sized window (360 × 740), JavaScript off as on
 * the slowest phones: a wrong phone number is refused beside its field with the other values kept, then the corrected
 * form registers and shows the participant's place and code; and the check-in page on a tablet (800 px) at the door.
 * Screenshots go to target/browser/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationPageBrowserIntegrationTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Path SCREENSHOTS = Path.of("target", "browser");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RegistrationDesk desk;
  @Autowired JdbcTemplate jdbc;

  WebDriver browser;
  String token;

  @BeforeEach
  void openRegistrationAndStartChromium() throws IOException {
    ClockUtil.setCurrentTime(date(MONDAY_0900));
    token = OpenRegistration.token(desk, OpenRegistration.of(engine, 20, MONDAY_0900.toLocalDate(), LocalDate.of(2026, 12, 21)));
    browser = Chromium.start(360, 740, false);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    jdbc.update("delete from asiek_booking");
    ClockUtil.reset();
  }

  @Test
  void aPhoneFillsThePageIsToldWhatIsWrongWithItsNumberThenRegisters() throws IOException {
    browser.get("http://127.0.0.1:" + port + "/daftar/" + token);
    screenshot("1-formulir");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pendaftaran peserta Pustaka ASIEK");
    assertThat(pageWidth()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);

    type("fullName", "Dewi Lestari");
    type("address", "Dusun Sumber RT 02 RW 03, Mojosari");
    type("phone", "0812-34");
    type("email", "dewi.lestari@gmail.com");
    type("affiliation", "SDN 1 Mojosari, kelas V");
    browser.findElement(By.id("consent")).click();
    browser.findElement(By.cssSelector("form button[type=submit]")).click();

    WebElement error = browser.findElement(By.id("phone-galat"));
    screenshot("2-telepon-salah");
    assertThat(error.getText()).startsWith("Nomor telepon harus nomor Indonesia");
    assertThat(browser.findElement(By.id("phone")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Dewi Lestari");
    assertThat(browser.findElement(By.id("consent")).isSelected()).isTrue();
    assertThat(browser.findElements(By.className("galat"))).hasSize(1);

    browser.findElement(By.id("phone")).clear();
    type("phone", "0812-3456-7890");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();

    screenshot("3-berhasil");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pendaftaran berhasil");
    assertThat(browser.findElement(By.className("kode")).getText()).matches("[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}");
    assertThat(browser.getPageSource()).contains("terkonfirmasi", "Senin, 21 Desember 2026");
    assertThat(pageWidth()).isLessThanOrEqualTo(360);
  }

  @Test
  void documentationChecksAParticipantInOnATabletAtTheDoor() throws Exception {
    RegistrationOutcome registered = desk.register(token, new RegistrationForm("Dewi Lestari", "Dusun Sumber RT 02 RW 03, Mojosari",
        "0812-3456-7890", "dewi.lestari@gmail.com", "SDN 1 Mojosari, kelas V", true));
    String code = ((RegistrationOutcome.Registered) registered).participant().displayCode();
    String activity = ((RegistrationOutcome.Registered) registered).participant().activityNumber();
    ClockUtil.setCurrentTime(date(java.time.ZonedDateTime.of(2026, 12, 21, 7, 40, 0, 0, id.go.mojokertokab.asiek.TestData.JAKARTA)));
    browser.manage().window().setSize(new Dimension(800, 1280));
    browser.get("http://127.0.0.1:" + port + "/staf");
    browser.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", tasklistSession("dokumentasi"), "/"));

    browser.get("http://127.0.0.1:" + port + "/staf/kegiatan/" + activity + "/hadir/2026-12-21");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Daftar hadir Senin, 21 Desember 2026");
    browser.findElement(By.id("kode")).sendKeys(code.toLowerCase());
    browser.findElement(By.cssSelector("form.baris-aksi button[type=submit]")).click();

    assertThat(browser.findElement(By.cssSelector(".kotak-berhasil")).getText()).isEqualTo("Dewi Lestari (" + code + ") tercatat hadir.");
    assertThat(browser.findElement(By.tagName("ol")).getText()).contains("Dewi Lestari");
    browser.manage().window().setSize(new Dimension(800, 2000));
    Files.write(SCREENSHOTS.resolve("daftar-hadir-tablet.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** Signs in to Tasklist as the webapp does (its CSRF header, form login) and returns the session id. */
  private String tasklistSession(String user) throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://127.0.0.1:" + port;
    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/default/")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    assertThat(login.statusCode()).isEqualTo(200);
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
  }

  private void type(String id, String text) {
    browser.findElement(By.id(id)).sendKeys(text);
  }

  /** The page's layout width, read from the rendered elements (JavaScript is off for the page, not for the driver). */
  private long pageWidth() {
    return browser.findElements(By.cssSelector("main, header, footer, form, input, textarea, table")).stream()
        .mapToLong(e -> e.getRect().getX() + e.getRect().getWidth()).max().orElse(0);
  }

  /** The whole page at the phone's width: the window grows in height for the picture only. */
  private void screenshot(String name) throws IOException {
    browser.manage().window().setSize(new Dimension(360, 2000));
    Files.write(SCREENSHOTS.resolve("pendaftaran-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new Dimension(360, 740));
  }
}
