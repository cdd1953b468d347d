package id.go.mojokertokab.asiek.webapp;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Tasklist sets a due date by sending the task back as it read it ({@code PUT /task/{id}}); for a task with a Camunda
 * Form that body holds {@code camundaFormRef}, which Camunda 7.24's REST API cannot read back (an interface without a
 * creator), so it answers 400 and no due date can be set (the same bug as operaton/operaton#3659). The update never
 * uses that property; this filter drops it from the parsed body before Camunda reads it. Bodies it cannot parse pass
 * unchanged (Camunda then refuses them).
 */
class TaskUpdateBodyFilter extends HttpFilter {

  private static final PathPatternParser PARSER = new PathPatternParser();
  private static final List<PathPattern> TASK_UPDATE = List.of(PARSER.parse("/engine-rest/task/{id}"),
      PARSER.parse("/engine-rest/engine/{engine}/task/{id}"), PARSER.parse("/camunda/api/engine/engine/{engine}/task/{id}"));
  private static final int MAX_BODY = 64 * 1024;
  static final String FORM_REF = "camundaFormRef";

  private final ObjectMapper json;

  TaskUpdateBodyFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"PUT".equals(request.getMethod()) || !isTaskUpdate(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    try {
      JsonNode task = body.length > MAX_BODY ? null : json.readTree(body);
      if (task instanceof ObjectNode fields && fields.has(FORM_REF)) {
        fields.remove(FORM_REF);
        body = json.writeValueAsBytes(fields);
      }
    } catch (JacksonException unreadable) {
      // left to Camunda, which answers 400
    }
    chain.doFilter(new BodyRequest(request, body), response);
  }

  private static boolean isTaskUpdate(HttpServletRequest request) {
    var path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
    return TASK_UPDATE.stream().anyMatch(pattern -> pattern.matches(path));
  }

  /** The request with its body replaced. */
  private static final class BodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
