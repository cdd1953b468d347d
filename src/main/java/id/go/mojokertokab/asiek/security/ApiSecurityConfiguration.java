package id.go.mojokertokab.asiek.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One Spring Security chain for /api: HTTP Basic against Camunda's users, or the Tasklist session for our staff pages'
 * scripts (which then must send the pages' CSRF token with every change), nothing kept in the session, and the rules of
 * {@link ApiAccess} beans matched on the routed path (Spring's parsed path, the same the controllers are mapped on;
 * Spring Security's strict firewall refuses ambiguous spellings such as ";" path parameters or encoded slashes before
 * any rule is read). Requests outside /api (Camunda's webapps and REST API) are left to Camunda's own filters.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

  static final String API = "/api/**";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String REALM = "Basic realm=\"Pustaka ASIEK\", charset=\"UTF-8\"";

  private final ObjectMapper json;

  ApiSecurityConfiguration(ObjectMapper json) {
    this.json = json;
  }

  @Bean
  @Order(1)
  SecurityFilterChain staffApi(HttpSecurity http, ObjectProvider<ApiAccess> single, ObjectProvider<ApiAccess.Rules> grouped,
      CamundaUserAuthenticationProvider users) throws Exception {
    List<ApiAccess> rules = AccessRules.declared(single, grouped);
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(API))
        .authenticationProvider(users)
        .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
        .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(this::unauthorized)
            .accessDeniedHandler((request, response, denied) -> {
              if (denied instanceof CsrfException) {
                write(response, HttpStatus.FORBIDDEN, "Permintaan dari halaman staf harus membawa token halaman (X-ASIEK-CSRF); muat ulang halaman.");
              } else {
                forbidden(request, response, rules);
              }
            }))
        // Basic credentials travel with every request and are never sent by a browser on its own; a browser's session
        // cookie is, so a change made with the session needs the staff pages' token (a multipart form can be posted
        // cross-site without CORS).
        .csrf(csrf -> csrf.csrfTokenRepository(StaffPagesSecurityConfiguration.csrfTokens())
            .sessionAuthenticationStrategy(StaffPagesSecurityConfiguration.KEEP_TOKEN)
            .requireCsrfProtectionMatcher(ApiSecurityConfiguration::changeWithoutBasic))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(AbstractHttpConfigurer::disable)
        .anonymous(anonymous -> anonymous.principal("anonim"))
        .authorizeHttpRequests(authorize -> AccessRules.apply(authorize, rules, "/api"));
    return http.build();
  }

  private static boolean changeWithoutBasic(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return !SAFE.contains(request.getMethod()) && (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6));
  }

  private void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
    // a staff page's script (it sends the page token) is told to sign in again, without the browser's password dialog
    if (request.getHeader(StaffPagesSecurityConfiguration.CSRF_HEADER) == null) {
      response.setHeader("WWW-Authenticate", REALM);
    }
    write(response, HttpStatus.UNAUTHORIZED, "Masuk dengan nama pengguna dan kata sandi Camunda.");
  }

  /** Names the lanes that may do what was refused, or says that the API is for staff only. */
  private void forbidden(HttpServletRequest request, HttpServletResponse response, List<ApiAccess> rules) throws IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
      unauthorized(request, response, null);
      return;
    }
    write(response, HttpStatus.FORBIDDEN, user.isStaff() ? AccessRules.refusal(request, user, rules) : "Hanya staf dinas yang dapat memakai API ini.");
  }

  private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
  }
}
