package id.go.mojokertokab.asiek.budget;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application under measurement in a JVM of its own, so that its CPU time is its own: started from this JVM's
 * classpath with the same JVM flags for both sides, output to a log file, measured through /proc.
 */
final class ServerProcess implements AutoCloseable {

  static final List<String> JVM_FLAGS = List.of("-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
      "-Duser.timezone=Asia/Jakarta", "-Dfile.encoding=UTF-8");
  private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  final String name;
  final int port;
  private final Path log;
  private final Process process;
  private final long launchedNanos = System.nanoTime();
  /** Wall time from launch to the first answer of the readiness URL. */
  double readySeconds;

  private ServerProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static ServerProcess start(String name, int port, String mainClass, List<String> arguments, Path logDir) throws IOException {
    return start(name, port, System.getProperty("java.class.path"), mainClass, arguments, logDir);
  }

  /** As {@link #start(String, int, String, List, Path)} on a classpath of its own (e.g. the packaged application's). */
  static ServerProcess start(String name, int port, String classpath, String mainClass, List<String> arguments, Path logDir)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    // extra flags for both sides alike, for experiments (e.g. how much of the CPU is the JIT compiler's)
    String extra = System.getProperty("budget.jvmArgs", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    if (Boolean.getBoolean("budget.jfr")) {
      // a CPU profile of each side, for finding where the time goes: jfr print --events jdk.ExecutionSample
      command.add("-XX:StartFlightRecording=filename=" + logDir.resolve(name + ".jfr") + ",settings=profile,dumponexit=true");
    }
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.addAll(arguments);
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ServerProcess(name, port, log, process);
  }

  /** Waits until {@code path} answers 200 (or 401: the REST API is up and asks for credentials). */
  ServerProcess awaitReady(String path, Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped; see " + log);
      }
      try {
        int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200 || status == 401) {
          readySeconds = (System.nanoTime() - launchedNanos) / 1e9;
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
  }

  /** Spring Boot's own "Started … in X seconds": the application context's start, without the JVM's. */
  double startedSeconds() throws IOException {
    Matcher matcher = STARTED.matcher(Files.readString(log));
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
  }

  long pid() {
    return process.pid();
  }

  /** User + system CPU of the JVM so far, in ms. */
  long cpuMillis() {
    return ProcStat.cpuMillis(process.pid());
  }

  /** Resident memory in MB. */
  double rssMb() {
    return ProcStat.rssKb(process.pid()) / 1024.0;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
