package id.go.mojokertokab.asiek.form;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class FormWebConfiguration {

  @Bean
  FilterRegistrationBean<FormErrorMessageFilter> formErrorMessageFilter() {
    FilterRegistrationBean<FormErrorMessageFilter> registration = new FilterRegistrationBean<>(new FormErrorMessageFilter());
    registration.setName("asiek-form-error-message");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
    return registration;
  }
}
