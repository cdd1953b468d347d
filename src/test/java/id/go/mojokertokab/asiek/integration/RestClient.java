package id.go.mojokertokab.asiek.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls the running application as a user would: HTTP Basic on /engine-rest, JSON in and out; or, after
 * {@link #webappLogin}, as the webapps do with their session (public for the benchmarks that drive Tasklist's calls).
 */
public final class RestClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies).build();
  private final String base;
  /** The webapps' CSRF token, as the last response that carried one handed it out (it changes at login). */
  private String csrfToken;

  public RestClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public record Reply(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Reply get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply delete(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  Reply post(String user, String path, Object body) {
    return sendJson(user, "POST", path, body);
  }

  Reply put(String user, String path, Object body) {
    return sendJson(user, "PUT", path, body);
  }

  private Reply sendJson(String user, String method, String path, Object body) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)));
  }

  /** A body given as text goes as it is (a test may send broken JSON on purpose); anything else is written as JSON. */
  private static String json(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A form posted as a browser posts it (our staff pages), with this client's cookies. */
  Reply postForm(String path, java.util.Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
    return send(null, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** The value of one of this client's cookies, e.g. the session a browser should carry too. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  /** A response whose body is bytes (a file, a PDF, a zip). */
  HttpResponse<byte[]> bytes(String user, HttpRequest.Builder request) {
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  static String basic(String user) {
    String password = "admin".equals(user) ? RestApiIntegrationTestBase.ADMIN_PASSWORD : "demo";
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A body sent exactly as given, e.g. JSON in another charset than UTF-8. */
  Reply postBytes(String user, String path, byte[] body, String contentType) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * A multipart/form-data POST as browsers and Camunda Modeler send it: text fields, then files, each part named as
   * given.
   */
  Reply postMultipart(String user, String path, java.util.Map<String, String> fields, java.util.Map<String, byte[]> files) {
    String boundary = "----asiek" + java.util.UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
        + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach((name, content) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /**
   * Calls the webapps' engine API (/camunda/api/engine/...) as Tasklist does after this client logged in with
   * {@link #webappLogin}: with the session cookie and the CSRF header.
   */
  Reply webapp(String method, String path, Object body) {
    return send(null, webappRequest(method, path, body));
  }

  /** As {@link #webapp(String, String, Object)}, asking for the media types Tasklist's client asks for ({@code accept}). */
  public Reply webapp(String method, String path, Object body, String accept) {
    return send(null, webappRequest(method, path, body).header("Accept", accept));
  }

  private HttpRequest.Builder webappRequest(String method, String path, Object body) {
    if (csrfToken == null) {
      throw new AssertionError("not logged in to a webapp");
    }
    return HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrfToken)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
  }

  /** @return the status of the webapp's login call, made with the CSRF token the app's page hands out */
  public int webappLogin(String app, String user, String password) {
    get(null, "/camunda/app/" + app + "/default/");
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("the " + app + " page set no XSRF-TOKEN cookie"));
    csrfToken = token;
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    int status = send(null, HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))).status();
    // The login starts a new session without a token; the webapps' next read hands one out, as it does for Tasklist.
    csrfToken = null;
    get(null, "/camunda/api/engine/engine/");
    return status;
  }

  /** Any request, as the given user (HTTP Basic) or with this client's session; the body as text. */
  Reply send(String user, HttpRequest.Builder request) {
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
