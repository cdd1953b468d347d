package id.go.mojokertokab.asiek.process;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.schedule.IcsReader;
import id.go.mojokertokab.asiek.schedule.IcsReader.ReadEvent;
import id.go.mojokertokab.asiek.sop.EscalationProperties;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real model on the real engine, one test per path; jobs, timers and the clock are driven by the test. */
class PustakaAsiekProcessTest extends ProcessTestSupport {

  @Autowired id.go.mojokertokab.asiek.schedule.ReservationService scheduleService;

  @Test
  void acceptedRequestIsForwardedToTheAnalystWhoCoordinatesWithTheRequester() throws Exception {
    ProcessInstance instance = startProcess();

    assertThat(instance).isWaitingAt(Elements.TASK_DISPOSE_REQUEST).task().hasCandidateGroup("kadis");
    assertThat(instance.getBusinessKey()).matches("ASIEK-2026-\\d{4}");
    assertThat(task(instance).getDueDate()).isEqualTo(date(MONDAY_0900.plusHours(1)));

    formService.submitTaskForm(task(instance).getId(), TestData.acceptedDisposition());
    execute(job(Elements.TASK_STORE_DISPOSITION_SHEET, instance));
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
    assertThat(instance).isWaitingAt(Elements.TASK_SEND_SCHEDULE_CONFIRMATION).hasPassed(Elements.TASK_CHECK_SCHEDULE_CONFLICTS);
  }

  @Test
  void rejectedRequestSendsAPoliteLetterToTheRequesterAndEnds() throws Exception {
    ProcessInstance instance = startProcess();

    formService.submitTaskForm(task(instance).getId(), TestData.rejectedDisposition());
    execute(job(Elements.TASK_STORE_DISPOSITION_SHEET, instance));
    execute(job(Elements.TASK_SEND_REJECTION_LETTER, instance));

    assertThat(instance).isEnded().hasPassed(Elements.END_REQUEST_REJECTED).hasNotPassed(Elements.TASK_NOTIFY_COOPERATION_ANALYST);
    MimeMessage letter = onlyMail();
    assertThat(letter.getAllRecipients()).extracting(Object::toString).containsExactly("siti.aminah@sdn1mojosari.sch.id");
    assertThat(letter.getSubject()).isEqualTo("[" + instance.getBusinessKey() + "] Jawaban atas surat nomor 421.2/77/SDN1/2026 perihal Permohonan kegiatan Pustaka ASIEK bagi siswa kelas V");
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
    assertThat(GreenMailUtil.getBody(escalation)).contains("SOP langkah      : 1 (Kegiatan Pustaka ASIEK)", "1 jam",
        "Senin, 7 Desember 2026 pukul 10.00 WIB", "Output yang ditunggu: Diserahkannya surat permohonan");
    assertThat(instance).isWaitingAt(Elements.TASK_DISPOSE_REQUEST);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void analystTaskOverdueIsEscalatedToBidangPengembangan() throws Exception {
    ProcessInstance instance = forwardedToTheAnalyst();
    purgeMail();

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
    assertThat(formService.getTaskFormVariables(disposition.getId()).get("sopDueDate")).isEqualTo("Rabu, 9 Desember 2026 pukul 14.00 WIB");
  }

  @Test
  void dispositionFormShowsTheMutuBakuOfSopStepOne() {
    ProcessInstance instance = startProcess();

    String taskId = task(instance).getId();
    Map<String, Object> form = formService.getTaskFormVariables(taskId);
    assertThat(form).containsEntry("sopStep", "1").containsEntry("sopStepName", "Kegiatan Pustaka ASIEK")
        .containsEntry("sopRequirements", "Kertas lembar disposisi, ATK lainnya").containsEntry("sopDuration", "1 jam")
        .containsEntry("sopOutput", "Diserahkannya surat permohonan yang telah di disposisi oleh Kadis ke Sie. ProKer")
        .containsEntry("sopDueDate", "Senin, 7 Desember 2026 pukul 10.00 WIB")
        .containsEntry("outputConfirmed", false);
    assertThat(form.get("requirementOptions").toString()).contains("Kertas lembar disposisi", "ATK lainnya");
    // read from the model whenever the form loads: nothing of the mutu baku is stored with the task
    assertThat(taskService.getVariablesLocal(taskId)).doesNotContainKeys("sopStep", "sopStepName", "sopRequirements", "sopDuration",
        "sopOutput", "sopDueDate", "requirementOptions");
  }

  @Test
  void whatOneTaskConfirmsIsKeptOnThatTaskAndNeverPreFillsTheNext() {
    ProcessInstance instance = startProcess();
    String disposition = task(instance).getId();
    // nothing is stored when a task is created: the form starts unticked
    assertThat(taskService.getVariablesLocal(disposition)).doesNotContainKeys("requirementsConfirmed", "outputConfirmed");

    formService.submitTaskForm(disposition, TestData.acceptedDisposition());
    execute(job(Elements.TASK_STORE_DISPOSITION_SHEET, instance));
    execute(job(Elements.TASK_NOTIFY_COOPERATION_ANALYST, instance));

    Map<String, Object> coordination = formService.getTaskFormVariables(task(instance).getId());
    assertThat(coordination).containsEntry("outputConfirmed", false);
    assertThat(coordination.get("requirementsConfirmed")).hasToString("[]");
    assertThat(runtimeVariable(instance, "requirementsConfirmed")).isNull();
    assertThat(runtimeVariable(instance, "outputConfirmed")).isNull();
    var recorded = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn("requirementsConfirmed", "outputConfirmed").list();
    assertThat(recorded).extracting(v -> v.getName(), v -> v.getTaskId(), v -> String.valueOf(v.getValue())).containsExactlyInAnyOrder(
        tuple("requirementsConfirmed", disposition, "[\"Kertas lembar disposisi\",\"ATK lainnya\"]"),
        tuple("outputConfirmed", disposition, "true"));
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
    execute(job(Elements.TASK_STORE_DISPOSITION_SHEET, instance));
    mail.stop();

    Job send = job(Elements.TASK_SEND_REJECTION_LETTER, instance);
    int attempts = 0;
    for (; attempts < 6 && engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count() == 0; attempts++) {
      String jobId = send.getId();
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("was not accepted by the SMTP server");
      if (attempts == 0) {
        // R5/PT10M: four more tries, the next one ten minutes later
        Job retried = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate()).isEqualTo(date(MONDAY_0900.plusMinutes(10)));
      }
    }
    assertThat(attempts).as("attempts before the incident").isEqualTo(5);
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
    execute(job(Elements.TASK_STORE_DISPOSITION_SHEET, instance));
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

  @Test
  void freeScheduleIsBookedConfirmedWithAnInvitationAndPreparedBeforeTheOpening() throws Exception {
    ProcessInstance instance = coordinatedProcess();

    assertThat(instance).hasPassed(Elements.TASK_CHECK_SCHEDULE_CONFLICTS).isWaitingAt(Elements.TASK_SEND_SCHEDULE_CONFIRMATION);
    assertThat(bookingCount(instance)).isEqualTo(3 * 4);
    assertThat(runtimeVariable(instance, "scheduleConflict")).isEqualTo(false);
    execute(job(Elements.TASK_SEND_SCHEDULE_CONFIRMATION, instance));

    assertThat(mail.waitForIncomingEmail(5000, 3)).isTrue();
    MimeMessage toRequester = mailTo("siti.aminah@sdn1mojosari.sch.id");
    assertThat(toRequester.getSubject()).isEqualTo("Konfirmasi jadwal kegiatan Pustaka ASIEK " + instance.getBusinessKey());
    String invitation = GreenMailUtil.getBody(toRequester).replaceAll("=\r?\n", "");
    assertThat(invitation).contains("Senin, 21 Desember 2026 pukul 08.00", "Ruang Pelatihan", "http://asiek.test/daftar/");
    assertThat(GreenMailUtil.getWholeMessage(toRequester)).contains("text/calendar", "method=REQUEST");
    IcsReader.ReadCalendar invited = IcsReader.read(IcsReader.calendarOf(toRequester));
    assertThat(invited.method()).isEqualTo("REQUEST");
    assertThat(invited.events()).extracting(ReadEvent::uid, ReadEvent::sequence, ReadEvent::status, ReadEvent::start, ReadEvent::end, ReadEvent::startZone)
        .containsExactly(
            tuple(instance.getBusinessKey() + "-1@pustaka-asiek", 0, "CONFIRMED", utc("2026-12-21T01:00"), utc("2026-12-21T02:00"), "Asia/Jakarta"),
            tuple(instance.getBusinessKey() + "-2@pustaka-asiek", 0, "CONFIRMED", utc("2026-12-21T02:00"), utc("2026-12-21T08:00"), "Asia/Jakarta"),
            tuple(instance.getBusinessKey() + "-3@pustaka-asiek", 0, "CONFIRMED", utc("2026-12-22T01:00"), utc("2026-12-22T08:00"), "Asia/Jakarta"));
    assertThat(mailTo("narasumber@pustaka-asiek.test")).isNotNull();
    assertThat(mailTo("kebersihan@pustaka-asiek.test").getAllRecipients()).extracting(Object::toString)
        .contains("analis@pustaka-asiek.test", "pengembangan@pustaka-asiek.test", "kasubag@pustaka-asiek.test");

    assertThat(instance).isWaitingAt(Elements.TASK_PREPARE_EQUIPMENT, Elements.TASK_PREPARE_ROOM, Elements.TASK_CONFIRM_SPEAKER_MATERIAL);
    for (Task preparation : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
      // 2 hari from Monday 09:00 is Wednesday 09:00, well before the opening on 21 December
      assertThat(preparation.getDueDate()).isEqualTo(date(MONDAY_0900.plusDays(2)));
    }
    complete(instance, Elements.TASK_PREPARE_EQUIPMENT, TestData.preparedEquipment());
    complete(instance, Elements.TASK_PREPARE_ROOM, TestData.preparedRoom(MONDAY_0900.minusMinutes(5)));
    complete(instance, Elements.TASK_CONFIRM_SPEAKER_MATERIAL, TestData.speakerConfirmation());
    // the preparations wait at the join for the participant list (ParticipantsProcessTest follows that path)
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REGISTRATION_CLOSES).hasPassed(Elements.TASK_PREPARE_EQUIPMENT,
        Elements.TASK_PREPARE_ROOM, Elements.TASK_CONFIRM_SPEAKER_MATERIAL);
  }

  @Test
  void preparationsAreDueBeforeAnOpeningSoonerThanTheirWaktu() {
    Map<String, Object> coordination = TestData.coordination(MONDAY_0900.minusMinutes(30));
    coordination.putAll(TestData.schedule(MONDAY_0900.toLocalDate().plusDays(1)));
    coordination.put("registrationDeadline", MONDAY_0900.toLocalDate().toString());
    ProcessInstance instance = coordinatedProcess(coordination);
    execute(job(Elements.TASK_SEND_SCHEDULE_CONFIRMATION, instance));

    Task room = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.TASK_PREPARE_ROOM).singleResult();
    assertThat(room.getDueDate()).isEqualTo(date(MONDAY_0900.plusDays(1).withHour(8)));
  }

  @Test
  void conflictingScheduleGoesBackToTheAnalystWithEveryConflictAndAProposal() {
    scheduleService.bookSingle("ruang-pelatihan", new id.go.mojokertokab.asiek.schedule.Session(
        id.go.mojokertokab.asiek.schedule.SessionType.MATERI,
        MONDAY_0900.plusDays(14).withHour(10).toInstant(), MONDAY_0900.plusDays(14).withHour(12).toInstant()),
        1, "Rapat Koordinasi Arsip", "kasubag");
    Map<String, Object> coordination = TestData.coordination(MONDAY_0900.minusMinutes(30));
    coordination.put("equipment", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"resourceId\":\"proyektor\",\"quantity\":2}]").create());
    scheduleService.bookSingle("proyektor", new id.go.mojokertokab.asiek.schedule.Session(
        id.go.mojokertokab.asiek.schedule.SessionType.MATERI,
        MONDAY_0900.plusDays(15).withHour(8).toInstant(), MONDAY_0900.plusDays(15).withHour(9).toInstant()),
        1, "Pameran Arsip Keliling", "kasubag");

    ProcessInstance instance = coordinatedProcess(coordination);

    assertThat(instance).isWaitingAt(Elements.TASK_COORDINATE_WITH_REQUESTER).hasPassed(Elements.TASK_CHECK_SCHEDULE_CONFLICTS);
    assertThat(task(instance).getAssignee()).as("back to the analyst who proposed it").isEqualTo("analis");
    assertThat(bookingCount(instance)).isZero();
    String report = (String) runtimeVariable(instance, "scheduleConflictReport");
    // the opening (08.00–09.00, set-up from 07.30) only touches the meeting's set-up time (from 09.30): no conflict
    assertThat(report.lines()).containsExactly(
        "- Ruang Pelatihan sudah dipakai untuk \"Rapat Koordinasi Arsip\" pada Senin, 21 Desember 2026 pukul 10.00–12.00 WIB "
            + "(termasuk waktu persiapan dan pembersihan 30 menit), bentrok dengan sesi Penerangan materi Senin, 21 Desember 2026 pukul 09.00–15.00 WIB.",
        "- Proyektor: diminta 2, tersedia 1 dari 2 untuk sesi Praktik peserta Selasa, 22 Desember 2026 pukul 08.00–15.00 WIB; "
            + "sedang dipakai untuk \"Pameran Arsip Keliling\" (Selasa, 22 Desember 2026 pukul 08.00–09.00 WIB).");
    // one working day later the projectors are still short, one earlier the practice day meets the meeting: two later
    assertThat((String) runtimeVariable(instance, "scheduleProposal"))
        .isEqualTo("Usulan jadwal terdekat yang bebas bentrok, dengan jam dan sumber daya yang sama: "
            + "Pembukaan Rabu, 23 Desember 2026 pukul 08.00–09.00 WIB; Penerangan materi Rabu, 23 Desember 2026 pukul 09.00–15.00 WIB; "
            + "Praktik peserta Kamis, 24 Desember 2026 pukul 08.00–15.00 WIB.");

    Map<String, Object> rescheduled = TestData.coordination(MONDAY_0900.minusMinutes(30));
    rescheduled.putAll(TestData.schedule(java.time.LocalDate.of(2026, 12, 23)));
    formService.submitTaskForm(task(instance).getId(), rescheduled);

    assertThat(instance).isWaitingAt(Elements.TASK_SEND_SCHEDULE_CONFIRMATION);
    assertThat(runtimeVariable(instance, "scheduleConflictReport")).isNull();
    assertThat(bookingCount(instance)).isEqualTo(3 * 4);
  }

  @Test
  void analystChoosesFromTheActiveEquipmentOfTheDatabase() {
    jdbc.update("insert into asiek_resource (id, kind, name, quantity) values ('kamera-video', 'EQUIPMENT', 'Kamera video', 1)");
    jdbc.update("update asiek_resource set active = false where id = 'kamera'");
    try {
      ProcessInstance instance = forwardedToTheAnalyst();

      String options = taskService.getVariableLocal(task(instance).getId(), "equipmentOptions").toString();
      assertThat(options).contains("{\"label\":\"Kamera video\",\"value\":\"kamera-video\"}", "\"value\":\"proyektor\"")
          .doesNotContain("\"value\":\"kamera\"", "ruang-pelatihan", "narasumber-pustakawan");
    } finally {
      jdbc.update("update asiek_resource set active = true where id = 'kamera'");
      jdbc.update("delete from asiek_resource where id = 'kamera-video'");
    }
  }

  @Test
  void equipmentChecklistIsWhatWasBookedAndRefusesAnythingElse() {
    ProcessInstance instance = coordinatedProcess();
    execute(job(Elements.TASK_SEND_SCHEDULE_CONFIRMATION, instance));
    Task equipment = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.TASK_PREPARE_EQUIPMENT).singleResult();
    Map<String, Object> withCamera = TestData.preparedEquipment();
    withCamera.put("equipmentPrepared", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"proyektor\",\"pc-printer\",\"kamera\"]").create());
    Map<String, Object> withoutPrinter = TestData.preparedEquipment();
    withoutPrinter.put("equipmentPrepared", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"proyektor\"]").create());

    assertThat(taskService.getVariableLocal(equipment.getId(), "bookedEquipmentOptions").toString())
        .isEqualTo("[{\"label\":\"Komputer PC & printer (5)\",\"value\":\"pc-printer\"},{\"label\":\"Proyektor (1)\",\"value\":\"proyektor\"}]");
    assertThatThrownBy(() -> formService.submitTaskForm(equipment.getId(), withCamera))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Kolom \"Peralatan dan perlengkapan yang sudah disiapkan\" memuat peralatan yang tidak dipesan untuk kegiatan ini.");
    assertThatThrownBy(() -> formService.submitTaskForm(equipment.getId(), withoutPrinter))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("semua peralatan harus disiapkan; belum dicentang: Komputer PC & printer.");
    formService.submitTaskForm(equipment.getId(), TestData.preparedEquipment());
    assertThat(instance).hasPassed(Elements.TASK_PREPARE_EQUIPMENT);
  }

  @Test
  void cancellationReleasesTheBookingsAndTellsEveryoneConcerned() throws Exception {
    ProcessInstance instance = coordinatedProcess();
    execute(job(Elements.TASK_SEND_SCHEDULE_CONFIRMATION, instance));
    assertThat(mail.waitForIncomingEmail(5000, 3)).isTrue();
    purgeMail();

    engine.getRuntimeService().createMessageCorrelation(PustakaAsiekProcess.Messages.REQUEST_CANCELLED)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable("cancellationReason", "Sekolah mengadakan ujian susulan pada minggu tersebut.").correlate();

    assertThat(bookingCount(instance)).isZero();
    assertThat(instance).isWaitingAt(Elements.TASK_NOTIFY_CANCELLATION);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    execute(job(Elements.TASK_NOTIFY_CANCELLATION, instance));
    execute(job(Elements.TASK_NOTIFY_PARTICIPANTS_OF_CANCELLATION + "#multiInstanceBody", instance));

    assertThat(instance).as("no participant registered: no mail to participants, nothing waits").isEnded().hasPassed(Elements.END_REQUEST_CANCELLED);
    assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage toRequester = mailTo("siti.aminah@sdn1mojosari.sch.id");
    assertThat(GreenMailUtil.getWholeMessage(toRequester)).contains("method=CANCEL");
    IcsReader.ReadCalendar cancelled = IcsReader.read(IcsReader.calendarOf(toRequester));
    assertThat(cancelled.method()).isEqualTo("CANCEL");
    assertThat(cancelled.events()).as("the invitation's events, SEQUENCE raised from 0")
        .extracting(ReadEvent::uid, ReadEvent::sequence, ReadEvent::status, ReadEvent::start)
        .containsExactly(
            tuple(instance.getBusinessKey() + "-1@pustaka-asiek", 1, "CANCELLED", utc("2026-12-21T01:00")),
            tuple(instance.getBusinessKey() + "-2@pustaka-asiek", 1, "CANCELLED", utc("2026-12-21T02:00")),
            tuple(instance.getBusinessKey() + "-3@pustaka-asiek", 1, "CANCELLED", utc("2026-12-22T01:00")));
    assertThat(GreenMailUtil.getBody(toRequester).replaceAll("=\r?\n", "")).contains("ujian susulan");
    assertThat(mailTo("kebersihan@pustaka-asiek.test").getAllRecipients()).extracting(Object::toString)
        .contains("kadis@pustaka-asiek.test", "narasumber@pustaka-asiek.test", "kasubag@pustaka-asiek.test", "pustakawan@pustaka-asiek.test",
            "dokumentasi@pustaka-asiek.test");
    assertThat(status(instance)).isEqualTo("CANCELLED");
  }

  @Test
  void aSessionDatedBeyondTheBoundsIsRefusedAndNothingIsBooked() {
    ProcessInstance instance = forwardedToTheAnalyst();
    Map<String, Object> coordination = TestData.coordination(MONDAY_0900.minusMinutes(30));
    coordination.putAll(TestData.schedule(LocalDate.of(9999, 12, 6)));

    assertThatThrownBy(() -> formService.submitTaskForm(task(instance).getId(), coordination))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Sesi ke-1: kolom \"Tanggal\" harus berisi tanggal antara 1 Januari 2000 dan 7 Desember 2028.");
    assertThat(instance).isWaitingAt(Elements.TASK_COORDINATE_WITH_REQUESTER);
    assertThat(bookingCount(instance)).isZero();
  }

  @Test
  void theActivityNumberCountsFromOneInEachYearOfJakarta() {
    // 31 December 2031, 17:30 UTC is already New Year's Day 2032 in Mojokerto
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-12-31T17:30:00Z")));
    ProcessInstance first = startProcess(LocalDate.of(2032, 1, 1));
    ProcessInstance second = startProcess(LocalDate.of(2032, 1, 1));

    assertThat(first.getBusinessKey()).isEqualTo("ASIEK-2032-0001");
    assertThat(second.getBusinessKey()).isEqualTo("ASIEK-2032-0002");
  }

  @Test
  void everyLaneIsSupervisedAsTheReadmeSays(@Autowired EscalationProperties escalation) {
    assertThat(escalation.supervisors()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "agendaris-surat", "kasubag-umum", "kadis", "kadis", "analis-kerjasama", "bidang-pengembangan",
        "jf-pustakawan", "bidang-pengembangan", "bidang-pengembangan", "kadis", "kasubag-umum", "kadis",
        "narasumber", "bidang-pengembangan", "staf-kebersihan", "kasubag-umum", "staf-dokumentasi", "bidang-pengembangan"));
  }

  private ProcessInstance coordinatedProcess() {
    return coordinatedProcess(TestData.coordination(MONDAY_0900.minusMinutes(30)));
  }

  /** Accepted by the KADIS, its disposition sheet kept and the analyst told: the coordination waits. */
  private ProcessInstance forwardedToTheAnalyst() {
    ProcessInstance instance = startProcess();
    formService.submitTaskForm(task(instance).getId(), TestData.acceptedDisposition());
    execute(job(Elements.TASK_STORE_DISPOSITION_SHEET, instance));
    execute(job(Elements.TASK_NOTIFY_COOPERATION_ANALYST, instance));
    return instance;
  }

  private ProcessInstance coordinatedProcess(Map<String, Object> coordination) {
    ProcessInstance instance = forwardedToTheAnalyst();
    purgeMail();
    submitAs(task(instance), "analis", "analis-kerjasama", coordination);
    return instance;
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    formService.submitTaskForm(task.getId(), values);
  }

  private Object runtimeVariable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  private long bookingCount(ProcessInstance instance) {
    return jdbc.queryForObject("select count(*) from asiek_booking where activity_number = ?", Long.class, instance.getBusinessKey());
  }

  private ProcessInstance startProcess() {
    return startProcess(MONDAY_0900.toLocalDate());
  }

  private ProcessInstance startProcess(LocalDate today) {
    return RecordedLetter.of(engine, today);
  }

  private MimeMessage onlyMail() {
    assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private static Instant utc(String minute) {
    return Instant.parse(minute + ":00Z");
  }

  private String status(ProcessInstance instance) {
    return jdbc.queryForObject("select status from asiek_activity where process_instance_id = ?", String.class, instance.getId());
  }
}
