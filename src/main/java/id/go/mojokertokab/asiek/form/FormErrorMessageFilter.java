package id.go.mojokertokab.asiek.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Leaves only the Indonesian sentence in a refused form submission. The REST layer prefixes it with
 * "Cannot submit task form &lt;id&gt;: ", which Tasklist shows to staff as it is.
 */
class FormErrorMessageFilter extends HttpFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request.getRequestURI().endsWith("/submit-form")) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
      byte[] body = wrapper.getContentAsByteArray();
      try {
        ObjectNode error = (ObjectNode) JSON.readTree(body);
        String message = error.path("message").asText();
        int start = message.indexOf(FormSubmissionGuard.MESSAGE_START);
        if (start > 0) {
          error.put("message", message.substring(start));
          wrapper.resetBuffer();
          wrapper.getOutputStream().write(JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException | ClassCastException notOurError) {
        // not a JSON error object: pass it on unchanged
      }
    }
    wrapper.copyBodyToResponse();
  }
}
