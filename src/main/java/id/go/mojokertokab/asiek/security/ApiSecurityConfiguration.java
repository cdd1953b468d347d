package id.go.mojokertokab.asiek.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;
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
import org.springframework.security.web.util.matcher.RequestMatcher;

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
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    List<String> staff = Stream.concat(Stream.of(Groups.CAMUNDA_ADMIN), Lanes.ALL.stream().map(Lanes.Lane::groupId)).toList();
    http.securityMatcher(paths.matcher(API))
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
        .authorizeHttpRequests(authorize -> {
          for (ApiAccess rule : rules) {
            RequestMatcher matcher = paths.matcher(rule.method(), rule.pathPattern());
            if (rule.open()) {
              authorize.requestMatchers(matcher).permitAll();
            } else {
              List<String> allowed = new ArrayList<>(rule.lanes());
              allowed.add(Groups.CAMUNDA_ADMIN);
              authorize.requestMatchers(matcher).hasAnyAuthority(allowed.toArray(String[]::new));
            }
          }
          authorize.anyRequest().hasAnyAuthority(staff.toArray(String[]::new));
        });
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
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    String message = !user.isStaff() ? "Hanya staf dinas yang dapat memakai API ini."
        : rules.stream().filter(rule -> !rule.open() && paths.matcher(rule.method(), rule.pathPattern()).matches(request))
            .findFirst()
            .map(rule -> "Hanya " + laneNames(rule.lanes()) + " yang dapat " + rule.action() + ".")
            .orElse("Anda tidak berwenang melakukan tindakan ini.");
    write(response, HttpStatus.FORBIDDEN, message);
  }

  private static String laneNames(List<String> groupIds) {
    List<String> names = groupIds.stream().map(Lanes::name).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " dan " + names.get(names.size() - 1);
  }

  private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
  }
}
