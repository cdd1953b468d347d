package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the iCalendar that {@link Invitation} writes with an independent parser: ical.js (npm), run by
 * {@code src/test/ics/check-ics.mjs}. Needs node and npm on the PATH; installs the locked ical.js with {@code npm ci}
 * when {@code src/test/ics/node_modules} is missing. Fails (never skips) when they are not there.
 */
class InvitationIcalJsTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Path ICS_DIR = Path.of("src", "test", "ics");
  static final Path CHECKER = ICS_DIR.resolve("check-ics.mjs");
  static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(3);
  static final Duration CHECK_TIMEOUT = Duration.ofMinutes(1);
  static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase().startsWith("windows");

  record Session(String uid, ZonedDateTime start, ZonedDateTime end, String summary) {}

  static final List<Session> SESSIONS = List.of(
      new Session("ASIEK-2026-0001-1@pustaka-asiek", jakarta(21, 8), jakarta(21, 9), "Pustaka ASIEK: Pembukaan"),
      new Session("ASIEK-2026-0001-2@pustaka-asiek", jakarta(21, 9), jakarta(21, 15), "Pustaka ASIEK: Penerangan materi"),
      new Session("ASIEK-2026-0001-3@pustaka-asiek", jakarta(22, 8), jakarta(22, 15), "Pustaka ASIEK: Praktik"));

  @TempDir
  Path dir;

  @Test
  void icalJsReadsInvitationAndCancellationWithJakartaTimes() throws Exception {
    Path invitation = write("invitation.ics", render("REQUEST", 1));
    Path cancellation = write("cancellation.ics", render("CANCEL", 2));
    Path expect = writeExpectations("expect.json", Duration.ZERO);

    Result result = check(expect, invitation, cancellation);

    assertThat(result.exitCode()).as("exit code of check-ics.mjs; output:%n%s", result.output()).isZero();
    assertThat(result.output()).contains("passed, 0 failed").doesNotContain("FAIL");
  }

  @Test
  void checkFailsWhenTheTimesWereReadAsUtcInsteadOfJakarta() throws Exception {
    Path invitation = write("invitation.ics", render("REQUEST", 1));
    Path cancellation = write("cancellation.ics", render("CANCEL", 2));
    // 08:00 in Jakarta is 01:00Z; expecting 08:00Z is what a reader that ignored TZID would compute.
    Path expect = writeExpectations("expect-shifted.json", Duration.ofHours(7));

    Result result = check(expect, invitation, cancellation);

    assertThat(result.exitCode()).as("exit code of check-ics.mjs; output:%n%s", result.output()).isEqualTo(1);
    assertThat(result.output()).contains("DTSTART instant").doesNotContain(" 0 failed");
  }

  static ZonedDateTime jakarta(int day, int hour) {
    return ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, JAKARTA);
  }

  static String render(String method, int sequence) {
    List<Invitation.Event> events = SESSIONS.stream()
        .map(s -> new Invitation.Event(s.uid(), s.start(), s.end(), s.summary(), "Ruang Pelatihan", null))
        .toList();
    return Invitation.render(method, JAKARTA, events, sequence, "pustaka-asiek@dispusip.test");
  }

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Expected UTC instants computed here with java.time, optionally shifted to prove the check can fail. */
  Path writeExpectations(String name, Duration shift) throws IOException {
    Map<String, Object> calendars = new LinkedHashMap<>();
    calendars.put("invitation.ics", calendar("REQUEST", 1, "CONFIRMED", shift));
    calendars.put("cancellation.ics", calendar("CANCEL", 2, "CANCELLED", shift));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tzid", JAKARTA.getId());
    root.put("calendars", calendars);
    Path file = dir.resolve(name);
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    return file;
  }

  static Map<String, Object> calendar(String method, int sequence, String status, Duration shift) {
    List<Map<String, Object>> events = new ArrayList<>();
    for (Session s : SESSIONS) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("uid", s.uid());
      event.put("sequence", sequence);
      event.put("status", status);
      event.put("summary", s.summary());
      event.put("start", s.start().toInstant().plus(shift).toString());
      event.put("end", s.end().toInstant().plus(shift).toString());
      events.add(event);
    }
    Map<String, Object> calendar = new LinkedHashMap<>();
    calendar.put("method", method);
    calendar.put("events", events);
    return calendar;
  }

  record Result(int exitCode, String output) {}

  Result check(Path expect, Path... files) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    assertThat(root.resolve(CHECKER)).as("run from the project root").exists();
    installIcalJsIfMissing(root);
    List<String> command = new ArrayList<>(List.of("node", CHECKER.toString(), "--expect", expect.toString()));
    for (Path file : files) {
      command.add(file.toString());
    }
    return run(root, command, CHECK_TIMEOUT);
  }

  void installIcalJsIfMissing(Path root) throws Exception {
    if (Files.isDirectory(root.resolve(ICS_DIR).resolve("node_modules").resolve("ical.js"))) {
      return;
    }
    Result install = run(root, List.of(WINDOWS ? "npm.cmd" : "npm", "ci", "--prefix", ICS_DIR.toString(), "--no-audit", "--no-fund"),
        NPM_CI_TIMEOUT);
    assertThat(install.exitCode()).as("npm ci --prefix %s; output:%n%s", ICS_DIR, install.output()).isZero();
  }

  Result run(Path workingDir, List<String> command, Duration timeout) throws Exception {
    Path log = Files.createTempFile(dir, "process-", ".log");
    Process process;
    try {
      process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new AssertionError("cannot start " + command.get(0) + " (is Node.js installed and on the PATH?): " + e.getMessage(), e);
    }
    process.getOutputStream().close();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + "; output:\n" + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println("$ " + String.join(" ", command) + "\n" + output);
    return new Result(process.exitValue(), output);
  }
}
