package id.go.mojokertokab.asiek.participant;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.RecordedLetter;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * An activity whose registration is open: started, accepted, coordinated with {@code capacity} places and its first
 * day on {@code firstDay}, its confirmation sent. For tests of other packages that need one.
 */
public final class OpenRegistration {

  private OpenRegistration() {}

  /** @return the process instance; its business key is the activity number */
  public static ProcessInstance of(ProcessEngine engine, int capacity, LocalDate today, LocalDate firstDay) {
    BpmnAwareTests.init(engine);
    ProcessInstance instance = RecordedLetter.of(engine, today);
    engine.getFormService().submitTaskForm(task(instance).getId(), TestData.acceptedDisposition());
    execute(job(Elements.TASK_STORE_DISPOSITION_SHEET, instance));
    execute(job(Elements.TASK_NOTIFY_COOPERATION_ANALYST, instance));
    Map<String, Object> coordination = TestData.coordination(today.atTime(8, 0).atZone(TestData.JAKARTA));
    coordination.putAll(TestData.schedule(firstDay));
    coordination.put("capacity", (long) capacity);
    engine.getFormService().submitTaskForm(task(instance).getId(), coordination);
    execute(job(Elements.TASK_SEND_SCHEDULE_CONFIRMATION, instance));
    return instance;
  }

  /** The activity's registration link token. */
  public static String token(RegistrationDesk desk, ProcessInstance instance) {
    return desk.window(instance.getBusinessKey()).orElseThrow().token();
  }
}
