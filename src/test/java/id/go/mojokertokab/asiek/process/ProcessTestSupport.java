package id.go.mojokertokab.asiek.process;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * next (so no test's schedule collides with another's).
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
}
