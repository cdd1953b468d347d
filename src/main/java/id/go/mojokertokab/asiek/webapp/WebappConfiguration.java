package id.go.mojokertokab.asiek.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class WebappConfiguration {

  @Bean
  FilterRegistrationBean<TaskUpdateBodyFilter> taskUpdateBodyFilter(ObjectMapper json) {
    FilterRegistrationBean<TaskUpdateBodyFilter> registration = new FilterRegistrationBean<>(new TaskUpdateBodyFilter(json));
    registration.setName("asiek-task-update-body");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
