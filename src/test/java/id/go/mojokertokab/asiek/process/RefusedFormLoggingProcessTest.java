package id.go.mojokertokab.asiek.process;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.mojokertokab.asiek.TestData;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form the server refuses is a user's mistake: one INFO line naming the form, the element, the user and the
 * sentence, and no ERROR with a stack trace from the engine. Other engine errors still log as errors.
 */
@SpringBootTest
@ActiveProfiles("test")
class RefusedFormLoggingProcessTest {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  final ListAppender<ILoggingEvent> log = new ListAppender<>();
  Level contextLevel;

  @BeforeEach
  void captureLog() {
    ClockUtil.setCurrentTime(TestData.date(MONDAY_0900));
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log.start();
    root.addAppender(log);
    // the test profile silences the engine's context logger; here it logs as in production
    contextLevel = context.getLogger(ENGINE_CONTEXT).getLevel();
    context.getLogger(ENGINE_CONTEXT).setLevel(Level.INFO);
  }

  @AfterEach
  void release() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(log);
    context.getLogger(ENGINE_CONTEXT).setLevel(contextLevel);
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aRefusedStartFormIsOneInfoLineAndNoStackTrace() {
    Map<String, Object> letter = TestData.requestLetter(MONDAY_0900.toLocalDate());
    letter.put("contactEmail", "siti.aminah@");
    identityService.setAuthentication("agendaris", List.of("agendaris-surat"));
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY).latestVersion()
        .singleResult().getId();

    assertThatThrownBy(() -> formService.submitStartForm(definition, letter)).isInstanceOf(FormFieldValidationException.class);

    assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
    assertThat(log.list).filteredOn(e -> e.getThrowableProxy() != null).isEmpty();
    List<String> refusals = log.list.stream().filter(e -> e.getLoggerName().endsWith("FormSubmissionGuard")).map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(refusals).singleElement().asString()
        .startsWith("Form Form_RequestLetter of StartEvent_RequestLetterReceived refused for user agendaris: Formulir belum dapat disimpan.")
        .contains("E-mail").doesNotContain("\n");
  }

  @Test
  void anEngineErrorThatIsNoRefusedFormStillLogsAsAnError() {
    Logger engine = (Logger) LoggerFactory.getLogger(ENGINE_CONTEXT);

    engine.error("ENGINE-16004 Exception while closing command context: {}", "boom", new IllegalStateException("boom"));

    assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR).hasSize(1);
  }
}
