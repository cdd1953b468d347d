package id.go.mojokertokab.asiek.form;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.context.ApplicationListener;

/** The filter reaches Spring Boot's logging without a logback-spring.xml: once, after Boot has configured logging. */
class RefusedFormLogFilterTest {

  final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

  @AfterEach
  void removeFilter() {
    context.getTurboFilterList().removeIf(RefusedFormLogFilter.class::isInstance);
  }

  @Test
  void everyApplicationStartInstallsTheFilterAfterBootConfiguredLogging() {
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
        .anyMatch(RefusedFormLogFilter.Installer.class::isInstance);
    assertThat(new RefusedFormLogFilter.Installer().getOrder()).isGreaterThan(LoggingApplicationListener.DEFAULT_ORDER);
  }

  @Test
  void installsTheFilterOnceHoweverManyContextsStart() {
    context.getTurboFilterList().removeIf(RefusedFormLogFilter.class::isInstance);

    new RefusedFormLogFilter.Installer().onApplicationEvent(null);
    new RefusedFormLogFilter.Installer().onApplicationEvent(null);

    assertThat(context.getTurboFilterList()).filteredOn(RefusedFormLogFilter.class::isInstance).singleElement()
        .matches(filter -> filter.isStarted());
  }
}
