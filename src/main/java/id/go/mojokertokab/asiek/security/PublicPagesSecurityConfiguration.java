package id.go.mojokertokab.asiek.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;

/**
 * The public pages of participants under /daftar: no login and no session; a CSRF token that works without
 * JavaScript (a hidden field in each server-rendered form, checked against a cookie of its own, never the webapps'
 * XSRF-TOKEN); and at most ASIEK_REGISTRATION_RATE_LIMIT registrations per address per hour, refused beyond that with
 * 429 and an Indonesian page. After the /api and /staf chains; matches /daftar only.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesSecurityConfiguration {

  static final String PAGES = "/daftar/**";
  /** A registration form as submitted: the activity's page, POST. Cancellations on one's own page are not counted. */
  static final String REGISTRATION = "/daftar/{token}";
  static final String CSRF_COOKIE = "ASIEK-DAFTAR-CSRF";

  private final ITemplateEngine templates;

  PublicPagesSecurityConfiguration(ITemplateEngine templates) {
    this.templates = templates;
  }

  @Bean
  @Order(3)
  SecurityFilterChain publicPages(HttpSecurity http, Clock clock,
      @Value("${asiek.registration.rate-limit:10}") int registrationsPerHour) throws Exception {
    CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
    csrf.setCookieName(CSRF_COOKIE);
    csrf.setCookiePath("/daftar");
    csrf.setHeaderName("X-ASIEK-DAFTAR-CSRF");
    csrf.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
    RegistrationRateLimit limit = new RegistrationRateLimit(registrationsPerHour, clock);
    var registration = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, REGISTRATION);
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PAGES))
        .csrf(token -> token.csrfTokenRepository(csrf))
        .addFilterAfter(new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (registration.matches(request)) {
              var wait = limit.take(request.getRemoteAddr());
              if (wait.isPresent()) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
                page(request, response, HttpStatus.TOO_MANY_REQUESTS, "daftar/terlalu-sering",
                    Map.of("batas", limit.limit(), "menit", Math.max(1, (wait.get().toSeconds() + 59) / 60)));
                return;
              }
            }
            chain.doFilter(request, response);
          }
        }, CsrfFilter.class)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(AbstractHttpConfigurer::disable)
        .anonymous(anonymous -> anonymous.principal("peserta"))
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")))
        .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> page(request, response, HttpStatus.FORBIDDEN,
            "daftar/kedaluwarsa", Map.of("csrf", denied instanceof CsrfException))))
        .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
    return http.build();
  }

  private void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String template,
      Map<String, Object> model) throws IOException {
    ErrorPages.render(templates, request, response, status, template, model);
  }

}
