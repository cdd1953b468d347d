package id.go.mojokertokab.asiek.process;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import jakarta.mail.internet.MimeMessage;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The real model on the real engine, one test per path; jobs, timers and the clock are driven by the test. */
@SpringBootTest
@ActiveProfiles("test")
class PustakaAsiekProcessTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(date(MONDAY_0900));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void acceptedRequestIsForwardedToTheAnalystWhoCoordinatesWithTheRequester() throws Exception {
    ProcessInstance instance = startProcess();

    assertThat(instance).isWaitingAt(Elements.TASK_DISPOSE_REQUEST).task().hasCandidateGroup("kadis");
    assertThat(instance.getBusinessKey()).matches("ASIEK-2026-\\d{4}");
    assertThat(task(instance).getDueDate()).isEqualTo(date(MONDAY_0900.plusHours(1)));

    formService.submitTaskForm(task(instance).getId(), TestData.acceptedDisposition());
    assertThat(instance).isWaitingAt(Elements.TASK_NOTIFY_COOPERATION_ANALYST);
    execute(job(Elements.TASK_NOTIFY_COOPERATION_ANALYST, instance));

    assertThat(instance).isWaitingAt(Elements.TASK_COORDINATE_WITH_REQUESTER).task().hasCandidateGroup("analis-kerjasama");
    // 1 hari = one office day of 8.5 working hours: Monday 09:00 + 7 h to closing + 1.5 h on Tuesday
    assertThat(task(instance).getDueDate()).isEqualTo(date(MONDAY_0900.plusDays(1)));
    MimeMessage forwarded = onlyMail();
    assertThat(forwarded.getAllRecipients()).extracting(Object::toString).containsExactly("analis@pustaka-asiek.test");
    assertThat(forwarded.getSubject()).isEqualTo("[" + instance.getBusinessKey() + "] Disposisi diterima: koordinasi dengan SDN 1 Mojosari");
    assertThat(GreenMailUtil.getBody(forwarded)).contains("Koordinasikan jadwal dengan pemohon", "Bidang Pengembangan");
    assertThat(status(instance)).isEqualTo("ACCEPTED");

    formService.submitTaskForm(task(instance).getId(), TestData.coordination(MONDAY_0900.minusMinutes(30)));
    assertThat(instance).isEnded().hasPassed(Elements.END_COORDINATION_RECORDED);
  }

  @Test
  void rejectedRequestSendsAPoliteLetterToTheRequesterAndEnds() throws Exception {
    ProcessInstance instance = startProcess();

    formService.submitTaskForm(task(instance).getId(), TestData.rejectedDisposition());
    execute(job(Elements.TASK_SEND_REJECTION_LETTER, instance));

    assertThat(instance).isEnded().hasPassed(Elements.END_REQUEST_REJECTED).hasNotPassed(Elements.TASK_NOTIFY_COOPERATION_ANALYST);
    MimeMessage letter = onlyMail();
    assertThat(letter.getAllRecipients()).extracting(Object::toString).containsExactly("siti.aminah@sdn1mojosari.sch.id");
    assertThat(letter.getSubject()).isEqualTo("Jawaban atas surat nomor 421.2/77/SDN1/2026 perihal Permohonan kegiatan Pustaka ASIEK bagi siswa kelas V");
    assertThat(GreenMailUtil.getBody(letter).replaceAll("=\r?\n", ""))
        .contains("Yth. Ibu Siti Aminah", "Dengan hormat", "4 Desember 2026", "sedang direnovasi", instance.getBusinessKey());
    assertThat(status(instance)).isEqualTo("REJECTED");
  }

  @Test
  void overdueDispositionIsEscalatedToTheHeadOnce() throws Exception {
    ProcessInstance instance = startProcess();
    Job timeout = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timeout.getDuedate()).isEqualTo(task(instance).getDueDate());

    ClockUtil.setCurrentTime(date(MONDAY_0900.plusHours(1).plusMinutes(1)));
    execute(timeout);

    MimeMessage escalation = onlyMail();
    assertThat(escalation.getAllRecipients()).extracting(Object::toString).containsExactly("kadis@pustaka-asiek.test");
    assertThat(escalation.getSubject()).isEqualTo("[" + instance.getBusinessKey() + "] Melewati batas waktu SOP: Disposisi surat permohonan");
    assertThat(GreenMailUtil.getBody(escalation)).contains("1 jam", "Senin, 7 Desember 2026 pukul 10.00 WIB");
    assertThat(instance).isWaitingAt(Elements.TASK_DISPOSE_REQUEST);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void analystTaskOverdueIsEscalatedToBidangPengembangan() throws Exception {
    ProcessInstance instance = startProcess();
    formService.submitTaskForm(task(instance).getId(), TestData.acceptedDisposition());
    execute(job(Elements.TASK_NOTIFY_COOPERATION_ANALYST, instance));
    mail.purgeEmailFromAllMailboxes();

    ClockUtil.setCurrentTime(date(MONDAY_0900.plusDays(1).plusMinutes(1)));
    execute(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult());

    assertThat(onlyMail().getAllRecipients()).extracting(Object::toString).containsExactly("pengembangan@pustaka-asiek.test");
  }

  @Test
  void movingTheDueDateInTasklistMovesTheEscalation() {
    ProcessInstance instance = startProcess();
    Task disposition = task(instance);
    ZonedDateTime later = MONDAY_0900.plusDays(2).withHour(14);

    disposition.setDueDate(date(later));
    taskService.saveTask(disposition);

    Job timeout = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timeout.getDuedate()).isEqualTo(date(later));
    assertThat(taskService.getVariableLocal(disposition.getId(), "sopDueDate")).isEqualTo("Rabu, 9 Desember 2026 pukul 14.00 WIB");
  }

  @Test
  void dispositionFormShowsTheMutuBakuOfSopStepOne() {
    ProcessInstance instance = startProcess();

    Map<String, Object> local = taskService.getVariablesLocal(task(instance).getId());
    assertThat(local).containsEntry("sopStep", "1").containsEntry("sopStepName", "Kegiatan Pustaka ASIEK")
        .containsEntry("sopRequirements", "Kertas lembar disposisi, ATK lainnya").containsEntry("sopDuration", "1 jam")
        .containsEntry("sopOutput", "Diserahkannya surat permohonan yang telah di disposisi oleh Kadis ke Sie. ProKer")
        .containsEntry("sopDueDate", "Senin, 7 Desember 2026 pukul 10.00 WIB")
        .containsEntry("outputConfirmed", false);
    assertThat(local.get("requirementOptions").toString()).contains("Kertas lembar disposisi", "ATK lainnya");
  }

  @Test
  void headCannotCompleteWithoutConfirmingEveryKelengkapan() {
    ProcessInstance instance = startProcess();
    Map<String, Object> disposition = TestData.acceptedDisposition();
    disposition.put("requirementsConfirmed", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"ATK lainnya\"]").create());
    disposition.remove("dispositionInstruction");

    assertThatThrownBy(() -> formService.submitTaskForm(task(instance).getId(), disposition))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Kolom \"Kelengkapan yang sudah tersedia\": semua kelengkapan harus tersedia; belum dicentang: Kertas lembar disposisi.")
        .hasMessageContaining("Kolom \"Isi disposisi / instruksi\" wajib diisi.");
    assertThat(instance).isWaitingAt(Elements.TASK_DISPOSE_REQUEST);
    assertThat(taskService.getVariable(task(instance).getId(), "dispositionDecision")).isNull();
  }

  @Test
  void rejectionWithoutReasonIsRefused() {
    ProcessInstance instance = startProcess();
    Map<String, Object> disposition = TestData.rejectedDisposition();
    disposition.put("rejectionReason", "  ");

    assertThatThrownBy(() -> formService.submitTaskForm(task(instance).getId(), disposition))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Kolom \"Alasan penolakan (dikutip dalam surat balasan kepada pemohon)\" wajib diisi.");
  }

  @Test
  void smtpFailureRetriesThenRaisesAnIncidentAndTheRetrySendsOnce() throws Exception {
    ProcessInstance instance = startProcess();
    formService.submitTaskForm(task(instance).getId(), TestData.rejectedDisposition());
    mail.stop();

    Job send = job(Elements.TASK_SEND_REJECTION_LETTER, instance);
    for (int attempt = 0; attempt < 6 && engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count() == 0; attempt++) {
      String jobId = send.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("was not accepted by the SMTP server");
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult().getIncidentMessage())
        .contains("rejection-letter:" + instance.getBusinessKey());
    assertThat(managementService.createJobQuery().jobId(send.getId()).singleResult().getRetries()).isZero();

    mail.start();
    managementService.setJobRetries(send.getId(), 1);
    managementService.executeJob(send.getId());

    assertThat(instance).isEnded();
    assertThat(mail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void databaseFailureAfterTheMailWasHandedOverDoesNotSendItTwice() throws Exception {
    ProcessInstance instance = startProcess();
    formService.submitTaskForm(task(instance).getId(), TestData.acceptedDisposition());
    Job notify = job(Elements.TASK_NOTIFY_COOPERATION_ANALYST, instance);

    // The job sends the mail, then creates the analyst's task, whose due date needs the holiday table.
    jdbc.execute("alter table asiek_holiday rename to asiek_holiday_away");
    try {
      assertThatThrownBy(() -> managementService.executeJob(notify.getId())).isNotNull();
    } finally {
      jdbc.execute("alter table asiek_holiday_away rename to asiek_holiday");
    }
    assertThat(instance).isWaitingAt(Elements.TASK_NOTIFY_COOPERATION_ANALYST);
    assertThat(mail.getReceivedMessages()).hasSize(1);

    managementService.executeJob(notify.getId());

    assertThat(instance).isWaitingAt(Elements.TASK_COORDINATE_WITH_REQUESTER);
    assertThat(mail.getReceivedMessages()).hasSize(1);
  }

  private ProcessInstance startProcess() {
    identityService.setAuthentication("agendaris", List.of("agendaris-surat"));
    try {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY)
          .latestVersion().singleResult().getId();
      return formService.submitStartForm(definitionId, TestData.requestLetter(MONDAY_0900.toLocalDate()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private MimeMessage onlyMail() {
    assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private String status(ProcessInstance instance) {
    return jdbc.queryForObject("select status from asiek_activity where process_instance_id = ?", String.class, instance.getId());
  }
}
