package id.go.mojokertokab.asiek.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One Spring Security chain for /api: HTTP Basic against Camunda's users, nothing kept in the session, and the rules of
 * {@link ApiAccess} beans matched on the routed path (Spring's parsed path, the same the controllers are mapped on;
 * Spring Security's strict firewall refuses ambiguous spellings such as ";" path parameters or encoded slashes before
 * any rule is read). Requests outside /api (Camunda's webapps and REST API) are left to Camunda's own filters.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

  static final String API = "/api/**";
  private static final String REALM = "Basic realm=\"Pustaka ASIEK\", charset=\"UTF-8\"";

  private final ObjectMapper json;

  ApiSecurityConfiguration(ObjectMapper json) {
    this.json = json;
  }

  @Bean
  @Order(1)
  SecurityFilterChain staffApi(HttpSecurity http, List<ApiAccess> rules, CamundaUserAuthenticationProvider users)
      throws Exception {
    http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(API))
        .authenticationProvider(users)
        .httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(this::unauthorized)
            .accessDeniedHandler((request, response, denied) -> forbidden(request, response, rules)))
        // Basic credentials travel with every request and JSON bodies cannot be posted cross-site without CORS.
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(AbstractHttpConfigurer::disable)
        .anonymous(anonymous -> anonymous.principal("anonim"))
        .authorizeHttpRequests(authorize -> AccessRules.apply(authorize, rules, "/api"));
    return http.build();
  }

  private void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
    response.setHeader("WWW-Authenticate", REALM);
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
