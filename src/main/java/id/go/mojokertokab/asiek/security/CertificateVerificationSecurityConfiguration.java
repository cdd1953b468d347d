package id.go.mojokertokab.asiek.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * /sertifikat/{kode}: public, read only. Anyone holding a certificate's code may confirm it (the code is the secret);
 * nothing else is reachable there, no session is created or read, and no login is offered.
 */
@Configuration(proxyBeanMethods = false)
class CertificateVerificationSecurityConfiguration {

  static final String VERIFICATION = "/sertifikat/**";

  @Bean
  @Order(5)
  SecurityFilterChain certificateVerification(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(paths.matcher(VERIFICATION))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .securityContext(AbstractHttpConfigurer::disable)
        .anonymous(anonymous -> anonymous.principal("publik"))
        .authorizeHttpRequests(authorize -> authorize
            .requestMatchers(paths.matcher(HttpMethod.GET, "/sertifikat/{code}")).permitAll()
            .anyRequest().denyAll());
    return http.build();
  }
}
