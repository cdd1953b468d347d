package id.go.mojokertokab.asiek.process;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.ReceivedMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every process test shares: the application on H2 with the engine, mail caught by GreenMail, the engine's clock
 * pinned to {@link id.go.mojokertokab.asiek.TestData#MONDAY_0900} for each test and reset after it, and the bookings of one test gone before the
 * next (so no test's schedule collides with another's); and the moves every path makes: a form loaded or submitted as
 * a lane's user, a task by its id in the model, jobs run, the mail a recipient got.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

  /** The suffix of a multi-instance body's activity id, e.g. the job that lists the participants before mailing each. */
  public static final String MI_BODY = "#multiInstanceBody";

  @RegisterExtension
  protected static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired protected ProcessEngine engine;
  @Autowired protected FormService formService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected IdentityService identityService;
  @Autowired protected JdbcTemplate jdbc;

  @BeforeEach
  void pinTheClock() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(date(MONDAY_0900));
  }

  @AfterEach
  void releaseTheBookingsAndTheClock() {
    jdbc.update("delete from asiek_booking");
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  /** Does {@code work} signed in as {@code user} of {@code group}, as Tasklist does on their behalf. */
  protected <T> T as(String user, String group, Supplier<T> work) {
    identityService.setAuthentication(user, List.of(group));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  protected void as(String user, String group, Runnable work) {
    as(user, group, () -> {
      work.run();
      return null;
    });
  }

  /** The task's form as {@code user} of {@code group} loads it. */
  protected VariableMap formVariables(Task task, String user, String group) {
    return as(user, group, () -> formService.getTaskFormVariables(task.getId()));
  }

  protected void submitAs(Task task, String user, String group, Map<String, Object> values) {
    as(user, group, () -> formService.submitTaskForm(task.getId(), values));
  }

  protected Task taskOf(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  /** Runs every job of the instance that waits at {@code activityId}. */
  protected void executeAll(String activityId, ProcessInstance instance) {
    managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list()
        .forEach(j -> managementService.executeJob(j.getId()));
  }

  /** A mail to all participants: the job that lists them, then one job per participant. */
  protected void mailsToAll(String sendTask, ProcessInstance instance) {
    executeAll(sendTask + MI_BODY, instance);
    executeAll(sendTask, instance);
  }

  protected static void purgeMail() {
    ReceivedMail.purge(mail);
  }

  protected static List<MimeMessage> mailsTo(String address) throws MessagingException {
    return ReceivedMail.to(mail, address);
  }

  /** The first mail to {@code address}, once any mail has come (within two seconds). */
  protected static MimeMessage mailTo(String address) throws MessagingException {
    mail.waitForIncomingEmail(2000, 1);
    List<MimeMessage> found = mailsTo(address);
    if (found.isEmpty()) {
      throw new AssertionError("no mail to " + address);
    }
    return found.get(0);
  }
}
