package id.go.mojokertokab.asiek.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet filters in front of the REST API and the webapps. */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";

  /** /engine-rest requires HTTP Basic against Camunda's users; engine calls then run as that user. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("asiek-rest-authentication");
    registration.addUrlPatterns(ENGINE_REST);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SetupEndpointGuard> setupEndpointGuard(IdentityService identityService) {
    FilterRegistrationBean<SetupEndpointGuard> registration = new FilterRegistrationBean<>(new SetupEndpointGuard(identityService));
    registration.setName("asiek-setup-endpoint-guard");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** After Camunda's authentication of /engine-rest (and beside the webapps' session), before the REST resources. */
  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate(IdentityService identityService, ObjectMapper json) {
    FilterRegistrationBean<EngineApiGate> registration = new FilterRegistrationBean<>(new EngineApiGate(identityService, json));
    registration.setName("asiek-engine-api-gate");
    registration.addUrlPatterns(ENGINE_REST, "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return registration;
  }
}
