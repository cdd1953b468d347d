package id.go.mojokertokab.asiek.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the public pages from a loopback address of its own (127.0.0.x), as a phone on another network would
 * be: its own cookies, no JavaScript, forms posted as browsers post them. Plain HTTP/1.0 over a socket, since Java's
 * HTTP clients cannot choose the local address.
 */
final class PublicPageClient {

  private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final InetAddress local;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  PublicPageClient(int port, String localAddress) {
    this.port = port;
    try {
      this.local = InetAddress.getByName(localAddress);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  record Page(int status, Map<String, List<String>> headers, String body) {

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase());
      return values == null ? null : values.get(0);
    }

    /** The CSRF token of the page's form, as a browser would send it back. */
    String csrf() {
      Matcher m = HIDDEN_CSRF.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no CSRF field in: " + body);
      }
      return m.group(1);
    }
  }

  Page get(String path) {
    return send("GET", path, null);
  }

  Page post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send("POST", path, body);
  }

  Map<String, String> cookies() {
    return cookies;
  }

  private Page send(String method, String path, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30000);
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n");
      request.append("User-Agent: PublicPageClient\r\nAccept: text/html\r\nAccept-Language: id-ID\r\n");
      if (!cookies.isEmpty()) {
        request.append("Cookie: ").append(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
            .collect(Collectors.joining("; "))).append("\r\n");
      }
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      if (body != null) {
        request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(content.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Page read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String raw = all.toString(StandardCharsets.UTF_8);
    int split = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, split).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase();
      String value = lines[i].substring(colon + 1).trim();
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      if (name.equals("set-cookie")) {
        String pair = value.split(";")[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return new Page(status, headers, raw.substring(split + 4));
  }
}
