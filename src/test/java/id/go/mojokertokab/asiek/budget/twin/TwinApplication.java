package id.go.mojokertokab.asiek.budget.twin;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The bare Camunda 7.24 starter (engine, webapps, REST) that the performance budget compares the application with: no
 * bean of ours, only what Camunda's documentation asks to protect the REST API with HTTP Basic, so both sides are
 * driven the same way. Started by {@code ServerProcess} with {@code --spring.config.name=twin}, which keeps our
 * application.yaml out; its process (the shape twin) is deployed over REST by the benchmark. Not a
 * {@code @SpringBootApplication} or {@code @Configuration}: our application's component scan, which reaches this
 * package when tests run, must not find it.
 */
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"})
public class TwinApplication {

  public static void main(String[] args) {
    SpringApplication.run(TwinApplication.class, args);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
