package id.go.mojokertokab.asiek.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The staff pages under /staf: signed in through the Camunda webapps' session (Tasklist's login), the lane rules of
 * {@link ApiAccess} beans on their routed paths, and a CSRF token on every form that changes something. The token lives
 * under its own name in the webapps' session: Camunda's own CSRF filter (which logs a user out of Tasklist on a bad
 * token) never sees our pages, and no session is ever created for them.
 */
@Configuration(proxyBeanMethods = false)
class StaffPagesSecurityConfiguration {

  static final String PAGES = "/staf/**";
  static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/";

  private final ITemplateEngine templates;

  StaffPagesSecurityConfiguration(ITemplateEngine templates) {
    this.templates = templates;
  }

  static final String CSRF_HEADER = "X-ASIEK-CSRF";
  /**
   * Spring Security renews the CSRF token whenever a request authenticates; ours authenticate on every request (from
   * the Tasklist session, which Tasklist's own login already renewed), so renewing would void the token of every page
   * already open the moment another page or script makes a request.
   */
  static final SessionAuthenticationStrategy KEEP_TOKEN = new NullAuthenticatedSessionStrategy();

  /** The staff pages' token, also required of their scripts' changes through /api with the Tasklist session. */
  static HttpSessionCsrfTokenRepository csrfTokens() {
    HttpSessionCsrfTokenRepository csrf = new HttpSessionCsrfTokenRepository();
    csrf.setSessionAttributeName("asiek.staff.csrf");
    csrf.setHeaderName(CSRF_HEADER);
    return csrf;
  }

  @Bean
  @Order(2)
  SecurityFilterChain staffPages(HttpSecurity http, ObjectProvider<ApiAccess> single, ObjectProvider<ApiAccess.Rules> grouped)
      throws Exception {
    List<ApiAccess> rules = AccessRules.declared(single, grouped);
    HttpSessionCsrfTokenRepository csrf = csrfTokens();
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PAGES))
        .addFilterBefore(new WebappSessionAuthenticationFilter(), CsrfFilter.class)
        .csrf(token -> token.csrfTokenRepository(csrf).sessionAuthenticationStrategy(KEEP_TOKEN))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER).sessionFixation(f -> f.none()))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(AbstractHttpConfigurer::disable)
        // Cockpit shows the compliance report in a frame of the same origin; other sites may not frame our pages.
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, cause) -> page(request, response, HttpStatus.UNAUTHORIZED, "staf/masuk", Map.of()))
            .accessDeniedHandler((request, response, denied) -> {
              if (denied instanceof CsrfException) {
                page(request, response, HttpStatus.FORBIDDEN, "staf/ditolak",
                    Map.of("pesan", "Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman ini. Muat ulang halaman, lalu kirim lagi."));
              } else {
                refused(request, response, rules);
              }
            }))
        .authorizeHttpRequests(authorize -> AccessRules.apply(authorize, rules, "/staf"));
    return http.build();
  }

  private void refused(HttpServletRequest request, HttpServletResponse response, List<ApiAccess> rules) throws IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
      page(request, response, HttpStatus.UNAUTHORIZED, "staf/masuk", Map.of());
      return;
    }
    page(request, response, HttpStatus.FORBIDDEN, "staf/ditolak", Map.of("pesan", AccessRules.refusal(request, user, rules)));
  }

  /** Renders one of our page templates outside Spring MVC (the security chain answers before any controller). */
  private void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String template,
      Map<String, Object> model) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding("UTF-8");
    var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
    WebContext context = new WebContext(exchange, Locale.forLanguageTag("id-ID"), model);
    context.setVariable("tasklist", TASKLIST_LOGIN);
    templates.process(template, context, response.getWriter());
  }
}
