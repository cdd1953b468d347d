package id.go.mojokertokab.asiek.form;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Drops the engine's ERROR with a stack trace for a form the server refused (FormFieldValidationException): a user's
 * mistake that {@link FormSubmissionGuard} has already logged as one line. Every other error passes. Installed by
 * {@link Installer} each time Spring Boot has set up logging.
 */
public class RefusedFormLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER) || level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }

  /**
   * Adds the filter to Spring Boot's logging right after Boot has configured it (META-INF/spring.factories): in code
   * rather than in a logback-spring.xml, whose parsing (Joran) cost start-up about 0.1 s and 300 classes.
   */
  public static class Installer implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
      if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
          && context.getTurboFilterList().stream().noneMatch(RefusedFormLogFilter.class::isInstance)) {
        RefusedFormLogFilter filter = new RefusedFormLogFilter();
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
      }
    }

    @Override
    public int getOrder() {
      return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
  }
}
