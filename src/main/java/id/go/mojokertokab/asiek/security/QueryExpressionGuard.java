package id.go.mojokertokab.asiek.security;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses ad-hoc queries that carry an expression. The engine already refuses expressions in ad-hoc task queries,
 * except inside {@code orQueries} (an advisory against 7.24.0): there they reach the expression language with the
 * caller's rights. Stored filters, which only administrators may create or change, keep their expressions; a filter's
 * list may still be extended by the caller, so those requests are checked too.
 */
class QueryExpressionGuard extends HttpFilter {

  /** ${…} and #{…} in any encoding a JSON body or query string may carry. */
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{|\\\\u0024|\\\\u0023");
  /** Task queries, directly or through a stored filter, as the REST API and Tasklist send them. */
  private static final Pattern TASK_QUERY =
      Pattern.compile(".*/(task|task/count|history/task|history/task/count|filter/[^/]+/(list|count|singleResult))$");
  private static final int MAX_BODY = 1 << 20;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    if (!TASK_QUERY.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    String query = request.getQueryString() == null ? "" : URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8);
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY || EXPRESSION.matcher(query).find()
        || EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"InvalidRequestException\","
          + "\"message\":\"Kueri tidak boleh memuat ekspresi (${...} atau #{...}).\"}");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
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
