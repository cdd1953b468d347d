package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.EngineClockOnMonday;
import id.go.mojokertokab.asiek.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import id.go.mojokertokab.asiek.browser.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The upload page in Debian's headless Chromium (mvn verify -Pbrowser; .ci/run installs chromium and chromium-driver),
 * at the 1366 × 900 staff walked it with and on a 360 px phone: a staff member signed in to Tasklist picks a photo and
 * drops another, sees both uploaded over tus with the browser's SHA-256 accepted, and sees their thumbnails; the header
 * leads back to Tasklist and to the index without JavaScript; a file the server refuses, and one the network drops,
 * leave an empty bar marked failed with the sentence beside it; the documents are a table whose names have room at
 * 1366 px and which fits a phone without sideways scrolling; the page's SHA-256 agrees with Java's on known and
 * multi-block input. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "asiek.documents.max-size.FOTO=1MB")
@ActiveProfiles("test")
@ExtendWith(EngineClockOnMonday.class)
class DocumentsPageBrowserIntegrationTest {

  static final Path DATA = Path.of("target", "browser-it-" + UUID.randomUUID());
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  ChromeDriver browser;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("asiek.data-dir", DATA::toString);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aPhotoPickedAndAnotherDroppedAreUploadedAndShownAsThumbnails() throws Exception {
    browser = Chromium.start(1366, 900);
    String activity = acceptedActivity();
    signInAs("dokumentasi");
    Path photo = Files.write(Files.createTempFile("pembukaan-", ".png"), DocumentsIntegrationTest.png(Color.ORANGE));

    browser.get(base() + "/staf/kegiatan/" + activity + "/dokumen");
    new Select(browser.findElement(By.id("jenis"))).selectByValue("FOTO");
    browser.findElement(By.id("berkas")).sendKeys(photo.toAbsolutePath().toString());
    waitFor("document.querySelectorAll('img.gambar-kecil').length === 1 && document.querySelector('img.gambar-kecil').naturalWidth > 0");
    browser.executeScript("""
        const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], 'praktik.png', {type: 'image/png'}));
        document.getElementById('area-tarik').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
        """, Base64.getEncoder().encodeToString(DocumentsIntegrationTest.png(Color.CYAN)));
    waitFor("Array.from(document.querySelectorAll('img.gambar-kecil')).filter(i => i.naturalWidth > 0).length === 2");
    wholePage("halaman-dokumen-1366.png");

    List<WebElement> done = browser.findElements(By.cssSelector("#antrean li.selesai"));
    assertThat(done).hasSize(2).allSatisfy(item -> assertThat(item.getText()).contains("Tersimpan, SHA-256 cocok."));
    assertThat(browser.findElement(By.cssSelector("section.jenis[data-jenis=FOTO] h3")).getText()).isEqualTo("foto kegiatan (2)");
    assertThat(browser.findElements(By.cssSelector("img.gambar-kecil"))).extracting(img -> img.getAttribute("alt"))
        .containsExactlyInAnyOrder(photo.getFileName().toString(), "praktik.png");
  }

  @Test
  void aRefusedOrCutUploadShowsWhyBesideAnEmptiedBarAndTheNextStartsAfresh() throws Exception {
    browser = Chromium.start(1366, 900);
    String activity = acceptedActivity();
    signInAs("dokumentasi");
    Path notAPhoto = Files.writeString(Files.createTempFile("foto-", ".jpg"), "bukan gambar, hanya teks");
    Path tooLarge = Files.write(Files.createTempFile("besar-", ".png"),
        java.util.Arrays.copyOf(DocumentsIntegrationTest.png(Color.BLUE), 1024 * 1024 + 1));
    Path photo = Files.write(Files.createTempFile("pembukaan-", ".png"), DocumentsIntegrationTest.png(Color.ORANGE));

    browser.get(base() + "/staf/kegiatan/" + activity + "/dokumen");
    new Select(browser.findElement(By.id("jenis"))).selectByValue("FOTO");
    browser.findElement(By.id("berkas")).sendKeys(notAPhoto.toAbsolutePath().toString());
    waitFor("document.querySelectorAll('#antrean li.gagal').length === 1");
    browser.findElement(By.id("berkas")).sendKeys(tooLarge.toAbsolutePath().toString());
    waitFor("document.querySelectorAll('#antrean li.gagal').length === 2");
    script("""
        window.fetchAsItWas = window.fetch;
        window.fetch = (url, options) => options && options.method === 'POST'
            ? Promise.reject(new TypeError('Failed to fetch')) : window.fetchAsItWas(url, options);
        """);
    browser.findElement(By.id("berkas")).sendKeys(photo.toAbsolutePath().toString());
    waitFor("document.querySelectorAll('#antrean li.gagal').length === 3");
    script("window.fetch = window.fetchAsItWas;");
    browser.findElement(By.id("berkas")).sendKeys(photo.toAbsolutePath().toString());
    waitFor("document.querySelectorAll('#antrean li.selesai').length === 1 && document.querySelectorAll('img.gambar-kecil').length === 1");
    wholePage("unggahan-ditolak-1366.png");
    browser.manage().window().setSize(new Dimension(360, 740));
    wholePage("unggahan-ditolak-360.png");

    List<WebElement> rows = browser.findElements(By.cssSelector("#antrean li"));
    assertThat(rows).hasSize(4);
    assertThat(rows.subList(0, 3)).allSatisfy(row -> {
      assertThat(row.getAttribute("class")).isEqualTo("gagal");
      assertThat(bar(row)).as("nothing was stored: the bar is not left full").isZero();
      assertThat(row.findElements(By.cssSelector("[role=alert]"))).hasSize(1);
      assertThat(inWidth(row.findElement(By.cssSelector("[role=alert]")))).as("the sentence fits a phone's width").isTrue();
    });
    assertThat(alert(rows.get(0))).contains("\"" + notAPhoto.getFileName() + "\"", "isi berkas tidak sesuai dengan namanya");
    assertThat(alert(rows.get(1))).contains("melebihi batas ukuran foto kegiatan (1 MB)");
    assertThat(alert(rows.get(2))).contains("Koneksi ke server terputus").doesNotContain("Failed to fetch");
    assertThat(rows.get(3).getAttribute("class")).isEqualTo("selesai");
    assertThat(bar(rows.get(3))).isEqualTo(100);
    assertThat(browser.findElement(By.cssSelector("section.jenis[data-jenis=FOTO] h3")).getText()).isEqualTo("foto kegiatan (1)");
  }

  @Test
  void theDocumentsAreATableWhoseNamesHaveRoomAt1366AndThatFitsAPhoneAsDoesTheIndex() throws Exception {
    browser = Chromium.start(1366, 900);
    String activity = acceptedActivity();
    String longName = "surat_permohonan_kerjasama_pustaka_asiek_sdn1_mojosari_2026_final_revisi.pdf";
    upload("agendaris", activity, "SURAT_PERMOHONAN", longName, DocumentsIntegrationTest.minimalPdf());
    upload("agendaris", activity, "SURAT_PERMOHONAN", "Surat permohonan SDN 1 Mojosari nomor 421.2 tahun 2026.pdf",
        DocumentsIntegrationTest.minimalPdf());
    upload("dokumentasi", activity, "FOTO", "pembukaan.png", DocumentsIntegrationTest.png(Color.ORANGE));
    upload("dokumentasi", activity, "VIDEO", "rekaman-sesi-praktik-hari-pertama.mp4", DocumentsIntegrationTest.video(300_000));
    upload("narasumber", activity, "MATERI", "Materi literasi informasi.pdf", DocumentsIntegrationTest.minimalPdf());
    signInAs("pengembangan");

    browser.get(base() + "/staf/kegiatan/" + activity + "/dokumen");
    waitFor("document.querySelectorAll('#daftar a[href^=\"/api/dokumen/\"]').length === 5"
        + " && Array.from(document.querySelectorAll('img.gambar-kecil')).every(i => i.complete && i.naturalWidth > 0)");
    wholePage("daftar-dokumen-1366.png");
    List<WebElement> names = browser.findElements(By.cssSelector("#daftar a[href^='/api/dokumen/']"));
    WebElement longOne = names.stream().filter(name -> name.getText().equals(longName)).findFirst().orElseThrow();
    assertThat(names).hasSize(5).allSatisfy(name -> assertThat(widthShare(cellOf(name), "#daftar"))
        .as("the room of the name %s in the list's width", name.getText()).isGreaterThan(0.45));
    assertThat(lines(longOne)).as("a long name at 1366 px").isLessThanOrEqualTo(2);
    assertThat(browser.findElements(By.cssSelector("#daftar td.angka"))).hasSize(5).allSatisfy(size -> {
      assertThat(size.getCssValue("text-align")).isEqualTo("right");
      assertThat(lines(size)).isEqualTo(1);
    });

    browser.manage().window().setSize(new Dimension(360, 740));
    wholePage("daftar-dokumen-360.png");
    assertThat(script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
        .as("no sideways scrolling on a phone").isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#daftar td"))).allSatisfy(cell -> {
      assertThat(inWidth(cell)).isTrue();
      assertThat(widthShare(cell, "#daftar")).as("each cell a line of its own across the list: %s", cell.getText()).isGreaterThan(0.9);
    });
    assertThat(browser.findElements(By.cssSelector("#daftar thead"))).allSatisfy(head -> assertThat(head.getRect().getHeight())
        .as("column headings are left to screen readers, each value carries its label").isLessThanOrEqualTo(1));
    assertThat(lines(longOne)).as("a long name at 360 px wraps in a few lines, not a letter a line").isBetween(2, 4);

    browser.get(base() + "/staf/dokumen");
    wholePage("indeks-dokumen-360.png");
    assertThat(script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")).isEqualTo(true);
    assertThat(script("const box = document.querySelector('.tabel-lebar'); return box.scrollWidth <= box.clientWidth;"))
        .as("the index's table is read without scrolling it sideways").isEqualTo(true);
    assertThat(lines(browser.findElement(By.cssSelector("td.nomor a[href='/staf/kegiatan/" + activity + "/dokumen']"))))
        .as("an activity's number on one line").isEqualTo(1);
    browser.manage().window().setSize(new Dimension(1366, 900));
    wholePage("indeks-dokumen-1366.png");
  }

  @Test
  void theHeaderLeadsBackToTasklistAndToTheIndexWithoutJavaScript() throws Exception {
    browser = Chromium.start(1366, 900, false);
    String activity = acceptedActivity();
    signInAs("dokumentasi");

    browser.get(base() + "/staf/kegiatan/" + activity + "/dokumen");
    WebElement back = browser.findElement(By.cssSelector("header nav a[href='/camunda/app/tasklist/default/']"));
    assertThat(back.getText()).contains("Kembali ke Tasklist");
    assertThat(inFirstScreen(back)).as("the way back is seen without scrolling").isTrue();
    Chromium.screenshot(browser, SCREENSHOTS.resolve("halaman-dokumen-tanpa-js-1366.png"));
    browser.manage().window().setSize(new Dimension(360, 740));
    assertThat(inFirstScreen(back)).as("on a phone too").isTrue();
    Chromium.screenshot(browser, SCREENSHOTS.resolve("halaman-dokumen-tanpa-js-360.png"));
    browser.findElement(By.cssSelector("header nav a[href='/staf/dokumen']")).click();
    assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/staf/dokumen");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dokumen kegiatan");
    browser.findElement(By.cssSelector("header nav a[href='/camunda/app/tasklist/default/']")).click();
    assertThat(browser.getCurrentUrl()).startsWith(base() + "/camunda/app/tasklist/default/");
  }

  @Test
  void thePagesSha256AgreesWithJavas() throws Exception {
    browser = Chromium.start(1366, 900);
    String activity = acceptedActivity();
    signInAs("dokumentasi");
    browser.get(base() + "/staf/kegiatan/" + activity + "/dokumen");
    byte[] large = new byte[3 * 1024 * 1024 + 61];
    new Random(7).nextBytes(large);

    Object abc = script("return new AsiekSha256().update(new TextEncoder().encode('abc')).hex();");
    Object empty = script("return new AsiekSha256().hex();");
    Object pieces = script("""
        const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
        const sha = new AsiekSha256();
        for (let at = 0; at < bytes.length; at += 100003) { sha.update(bytes.subarray(at, Math.min(bytes.length, at + 100003))); }
        return sha.hex();
        """, Base64.getEncoder().encodeToString(large));

    for (int length : new int[] {55, 56, 63, 64, 119, 120}) {
      byte[] bytes = java.util.Arrays.copyOf(large, length);
      Object boundary = script("return new AsiekSha256().update(Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0))).hex();",
          Base64.getEncoder().encodeToString(bytes));
      assertThat(boundary).as("%d bytes, around the padding's block boundary", length)
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }
    assertThat(abc).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(empty).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(pieces).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(large)));
  }

  String acceptedActivity() {
    RestClient rest = new RestClient(port);
    RestClient.Reply started = rest.post("agendaris", "/engine-rest/process-definition/key/pustaka-asiek/submit-form",
        RestApiIntegrationTestBase.variables(TestData.requestLetter(TestData.MONDAY_0900.toLocalDate())));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  /** Signs in to Tasklist over HTTP and hands the browser that session, as if the user had come from Tasklist. */
  void signInAs(String user) {
    RestClient tasklist = new RestClient(port);
    assertThat(tasklist.webappLogin("tasklist", user, "demo")).isEqualTo(200);
    browser.get(base() + "/css/asiek.css");
    browser.manage().addCookie(new Cookie("JSESSIONID", tasklist.cookie("JSESSIONID"), "/"));
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  /** Waits until the condition holds; otherwise fails with what the page says (each upload's status, the list). */
  void waitFor(String condition) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
          ((JavascriptExecutor) driver).executeScript("return " + condition + ";")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("not reached: " + condition + "; the page shows: " + browser.findElement(By.tagName("body")).getText(), e);
    }
  }

  void upload(String user, String activity, String kind, String name, byte[] content) {
    RestClient rest = new RestClient(port);
    RestClient.Reply stored = rest.send(user, DocumentsIntegrationTest.multipart(rest.to("/api/kegiatan/" + activity + "/dokumen"), kind, name, content));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
  }

  /** The table cell (or, as the list once was, the list item) a document's name sits in. */
  WebElement cellOf(WebElement name) {
    return (WebElement) script("return arguments[0].closest('td, li');", name);
  }

  /** The share of the width of the element's nearest ancestor matching {@code selector} that the element has. */
  double widthShare(WebElement element, String selector) {
    return ((Number) script("return arguments[0].getBoundingClientRect().width / arguments[0].closest(arguments[1]).getBoundingClientRect().width;",
        element, selector)).doubleValue();
  }

  /** How many lines the element's text takes, counted by the distinct tops of its text's boxes. */
  int lines(WebElement element) {
    return ((Number) script("""
        const range = document.createRange();
        range.selectNodeContents(arguments[0]);
        return new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top))).size;
        """, element)).intValue();
  }

  double bar(WebElement uploadRow) {
    return Double.parseDouble(uploadRow.findElement(By.tagName("progress")).getDomProperty("value"));
  }

  String alert(WebElement uploadRow) {
    List<WebElement> alerts = uploadRow.findElements(By.cssSelector("[role=alert]"));
    assertThat(alerts).as("the failure is announced (role=alert): %s", uploadRow.getText()).hasSize(1);
    return alerts.get(0).getText();
  }

  /** Whether the element ends inside the window's width (no sideways scrolling to read it). */
  boolean inWidth(WebElement element) {
    return Boolean.TRUE.equals(script("return arguments[0].getBoundingClientRect().right <= document.documentElement.clientWidth;", element));
  }

  /** Whether the element is visible in the window as the page opens, before any scrolling. */
  boolean inFirstScreen(WebElement element) {
    return element.isDisplayed() && Boolean.TRUE.equals(script("""
        const box = arguments[0].getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= document.documentElement.clientWidth;
        """, element));
  }

  /** A screenshot of the whole page, not only the window: the window is stretched to the page's height meanwhile. */
  void wholePage(String name) {
    Dimension window = browser.manage().window().getSize();
    long height = (Long) script("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), height + 200)));
    Chromium.screenshot(browser, SCREENSHOTS.resolve(name));
    browser.manage().window().setSize(window);
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

}
