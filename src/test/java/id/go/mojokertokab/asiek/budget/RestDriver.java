package id.go.mojokertokab.asiek.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls /engine-rest as Tasklist's users do (HTTP Basic, JSON), the same calls on both sides, and counts them: a
 * task is polled for until it appears, its form variables read, claimed, and its form submitted.
 */
final class RestDriver {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(50);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String adminPassword;
  final AtomicLong calls = new AtomicLong();

  RestDriver(int port, String adminPassword) {
    this.base = "http://127.0.0.1:" + port + "/engine-rest";
    this.adminPassword = adminPassword;
  }

  /** Starts the process through its start form, as the registrar does; returns the instance id. */
  String start(String user, Map<String, Object> form) {
    return expect(200, post(user, "/process-definition/key/pustaka-asiek/submit-form", variables(form))).path("id").asText();
  }

  /** Waits for the task, reads its form variables, claims it and submits the form. */
  void work(String user, String instanceId, String taskKey, Map<String, Object> form) {
    String taskId = awaitTask(user, instanceId, taskKey);
    expect(200, get(user, "/task/" + taskId + "/form-variables"));
    expect(204, post(user, "/task/" + taskId + "/claim", Map.of("userId", user)));
    expect(204, post(user, "/task/" + taskId + "/submit-form", variables(form)));
  }

  String awaitTask(String user, String instanceId, String taskKey) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode tasks = expect(200, get(user, "/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey));
      if (!tasks.isEmpty()) {
        return tasks.get(0).path("id").asText();
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(taskKey + " of " + instanceId + " did not appear for " + user);
  }

  Reply get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply post(String user, String path, Object body) {
    return send(user, jsonPost(path, body));
  }

  /** A POST that asks for the media types given ({@code accept}), e.g. HAL first as Tasklist's client does. */
  Reply post(String user, String path, Object body, String accept) {
    return send(user, jsonPost(path, body).header("Accept", accept));
  }

  private HttpRequest.Builder jsonPost(String path, Object body) {
    try {
      return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Reply put(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  Reply postMultipart(String user, String path, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "----budget" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  record Reply(int status, String body) {}

  private Reply send(String user, HttpRequest.Builder request) {
    String password = "admin".equals(user) ? adminPassword : "demo";
    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    calls.incrementAndGet();
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode expect(int status, Reply reply) {
    if (reply.status() != status) {
      throw new IllegalStateException("expected " + status + ", got " + reply.status() + ": " + reply.body());
    }
    try {
      return reply.body().isEmpty() ? JSON.nullNode() : JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Values as Tasklist sends them (see {@link id.go.mojokertokab.asiek.TestData#restVariables}). */
  static Map<String, Object> variables(Map<String, Object> values) {
    return id.go.mojokertokab.asiek.TestData.restVariables(values);
  }
}
