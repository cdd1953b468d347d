package id.go.mojokertokab.asiek.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium as the browser tests start it: a fresh profile each time, Indonesian as the browser's
 * language, the office's time zone, a window of the given size; JavaScript off when a public page must work without it.
 */
public final class Chromium {

  private Chromium() {}

  /** A browser with JavaScript on, as staff use Tasklist, Cockpit and the staff pages. */
  public static ChromeDriver start(int width, int height) {
    return start(width, height, true);
  }

  public static ChromeDriver start(int width, int height, boolean javaScript) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--lang=id-ID", "--user-data-dir=" + freshProfile(), "--window-size=" + width + "," + height);
    Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", "id-ID,id"));
    if (!javaScript) {
      prefs.put("profile.managed_default_content_settings.javascript", 2);
    }
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
        .withEnvironment(Map.of("TZ", "Asia/Jakarta")).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(width, height));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }

  /** Signs in on the Camunda login page of {@code app} (cockpit, tasklist, admin) as a demo user. */
  public static void signIn(WebDriver browser, String base, String app, String user) {
    browser.get(base + "/camunda/app/" + app + "/default/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=password]")));
    browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
  }

  public static void screenshot(WebDriver browser, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path freshProfile() {
    try {
      return Files.createTempDirectory("asiek-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
