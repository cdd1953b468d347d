package id.go.mojokertokab.asiek.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Renders one of our page templates from a security chain, which answers before any controller. */
final class ErrorPages {

  private ErrorPages() {}

  static void render(ITemplateEngine templates, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      String template, Map<String, Object> model) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding("UTF-8");
    var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
    templates.process(template, new WebContext(exchange, Locale.forLanguageTag("id-ID"), model), response.getWriter());
  }
}
