package id.go.mojokertokab.asiek.participant;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.ProcessTestSupport;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.RecordedLetter;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * An activity whose registration is open: started, accepted, coordinated with {@code capacity} places and its first
 * day on {@code firstDay}, its confirmation sent; and, when a test needs the workshop days, its list fixed and its
 * preparations done. For tests of other packages that need one.
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

  /**
   * The analyst closes registration early, the librarian fixes the list as it stands, every participant is told, and
   * the room, the equipment and the speaker are ready: the workshop days wait for their timers.
   */
  public static void listFixedAndPrepared(ProcessEngine engine, RegistrationDesk desk, ProcessInstance instance) {
    FormService forms = engine.getFormService();
    ManagementService jobs = engine.getManagementService();
    desk.closeEarly(instance.getBusinessKey(), "analis");
    forms.submitTaskForm(task(Elements.TASK_FIX_PARTICIPANT_LIST, instance).getId(), Map.of(
        "requirementsConfirmed", SpinValues.jsonValue("[\"Alat komunikasi\"]").create(), "outputConfirmed", true,
        "participantRemovals", SpinValues.jsonValue("[]").create()));
    execute(job(Elements.TASK_NOTIFY_PARTICIPANTS + ProcessTestSupport.MI_BODY, instance));
    jobs.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TASK_NOTIFY_PARTICIPANTS).list()
        .forEach(j -> jobs.executeJob(j.getId()));
    forms.submitTaskForm(task(Elements.TASK_PREPARE_EQUIPMENT, instance).getId(), TestData.preparedEquipment());
    forms.submitTaskForm(task(Elements.TASK_PREPARE_ROOM, instance).getId(), TestData.preparedRoom(TestData.MONDAY_0900.minusMinutes(5)));
    forms.submitTaskForm(task(Elements.TASK_CONFIRM_SPEAKER_MATERIAL, instance).getId(), TestData.speakerConfirmation());
    assertThat(instance).isWaitingAt(Elements.TIMER_WORKSHOP_OPENS, Elements.TIMER_CHECK_IN_OPENS);
  }
}
