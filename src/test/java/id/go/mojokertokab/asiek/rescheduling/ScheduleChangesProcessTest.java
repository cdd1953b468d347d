package id.go.mojokertokab.asiek.rescheduling;

import static id.go.mojokertokab.asiek.TestData.JAKARTA;
import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.mojokertokab.asiek.participant.AttendanceDay;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.CheckIn;
import id.go.mojokertokab.asiek.participant.OpenRegistration;
import id.go.mojokertokab.asiek.participant.RegistrationDesk;
import id.go.mojokertokab.asiek.participant.RegistrationForm;
import id.go.mojokertokab.asiek.participant.RegistrationOutcome;
import id.go.mojokertokab.asiek.process.ProcessTestSupport;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Moved;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Reason;
import id.go.mojokertokab.asiek.rescheduling.MoveResult.Refused;
import id.go.mojokertokab.asiek.schedule.IcsReader;
import id.go.mojokertokab.asiek.schedule.IcsReader.ReadEvent;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changes on the day on the real model and engine, the clock pinned to Monday 7 December 2026. The workshop: opening
 * (session 1) and material (2) on Monday 21 December, practice (3) on Tuesday 22 December, in the training room with
 * the office's speaker, a projector and five PCs; registration until the end of 18 December.
 */
class ScheduleChangesProcessTest extends ProcessTestSupport {

  static final LocalDate OPENING = LocalDate.of(2026, 12, 21);
  static final String REQUESTER = "siti.aminah@sdn1mojosari.sch.id";

  @Autowired RegistrationDesk desk;
  @Autowired AttendanceDesk attendance;
  @Autowired ScheduleChanges changes;

  @Test
  void aSessionMovedTakesItsBookingsAndEveryoneGetsTheUpdatedInvitationWithTheSameUid() throws Exception {
    ProcessInstance instance = registrationOpen();
    String number = instance.getBusinessKey();
    register(number, "Dewi Lestari", "0812-3456-7890");
    executeAll(Elements.TASK_SEND_REGISTRATION_RECEIPT, instance);
    purgeMail();

    MoveResult result = changes.move(move(number, 3, at(23, 8, 0), at(23, 15, 0), null));

    assertThat(result).isEqualTo(new Moved(number, 3, "Praktik peserta", "Selasa, 22 Desember 2026 pukul 08.00–15.00 WIB",
        "Rabu, 23 Desember 2026 pukul 08.00–15.00 WIB", 1));
    assertThat(jdbc.queryForList("select resource_id from asiek_booking where activity_number = ? and session_no = 3 and starts_at = ?",
        String.class, number, at(23, 8, 0).atZone(JAKARTA).toOffsetDateTime()))
        .as("room, speaker and equipment moved together").containsExactlyInAnyOrder("ruang-pelatihan", "narasumber-pustakawan", "proyektor", "pc-printer");
    assertThat(jdbc.queryForObject("select count(*) from asiek_booking where activity_number = ? and session_no = 3 and starts_at < ?",
        Long.class, number, at(23, 0, 0).atZone(JAKARTA).toOffsetDateTime())).isZero();
    assertThat(attendance.days(number)).extracting(AttendanceDay::date).containsExactly(OPENING, LocalDate.of(2026, 12, 23));
    assertThat(desk.window(number).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "scheduleSummary").toString())
        .contains("Rabu, 23 Desember 2026").doesNotContain("22 Desember");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "scheduleSequence")).isEqualTo(1L);
    assertThat(instance).isWaitingAt(Elements.TASK_SEND_SCHEDULE_CHANGE, Elements.GATEWAY_REGISTRATION_CLOSES);

    sendScheduleChange(instance);

    MimeMessage toRequester = mailTo(REQUESTER);
    assertThat(toRequester.getSubject()).isEqualTo("Perubahan jadwal kegiatan Pustaka ASIEK " + number);
    assertThat(body(toRequester)).contains("Sesi Praktik peserta dipindah", "dari    : Selasa, 22 Desember 2026 pukul 08.00",
        "menjadi : Rabu, 23 Desember 2026 pukul 08.00", "Alasan: Ruang praktik dipakai ujian sekolah.");
    IcsReader.ReadCalendar invitation = IcsReader.read(IcsReader.calendarOf(toRequester));
    assertThat(invitation.method()).isEqualTo("REQUEST");
    assertThat(invitation.events()).extracting(ReadEvent::uid, ReadEvent::sequence, ReadEvent::start).containsExactly(
        tuple(number + "-1@pustaka-asiek", 1, utc("2026-12-21T01:00")),
        tuple(number + "-2@pustaka-asiek", 1, utc("2026-12-21T02:00")),
        tuple(number + "-3@pustaka-asiek", 1, utc("2026-12-23T01:00")));
    assertThat(IcsReader.read(IcsReader.calendarOf(mailTo("dewi.lestari@gmail.com"))).events()).extracting(ReadEvent::uid, ReadEvent::start)
        .contains(tuple(number + "-3@pustaka-asiek", utc("2026-12-23T01:00")));
    assertThat(mailTo("narasumber@pustaka-asiek.test").getSubject()).startsWith("[" + number + "] Jadwal sesi diubah: Praktik peserta");
    assertThat(mailTo("dokumentasi@pustaka-asiek.test").getAllRecipients()).extracting(Object::toString)
        .contains("analis@pustaka-asiek.test", "kasubag@pustaka-asiek.test", "kebersihan@pustaka-asiek.test", "pustakawan@pustaka-asiek.test",
            "kadis@pustaka-asiek.test");
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REGISTRATION_CLOSES).hasPassed(Elements.END_SCHEDULE_CHANGE_SENT);
  }

  @Test
  void theTimersOfTheInstanceLandOnTheNewScheduleAndTasksShowTheirNewDueDates() {
    ProcessInstance instance = registrationOpen();
    String number = instance.getBusinessKey();
    Job deadline = timer(instance, Elements.TIMER_REGISTRATION_DEADLINE);
    assertThat(deadline.getDuedate()).isEqualTo(date(ZonedDateTime.of(2026, 12, 19, 0, 0, 0, 0, JAKARTA)));
    Task room = taskOf(instance, Elements.TASK_PREPARE_ROOM);
    assertThat(room.getDueDate()).as("2 hari from Monday 09.00").isEqualTo(date(ZonedDateTime.of(2026, 12, 9, 9, 0, 0, 0, JAKARTA)));

    // the opening comes forward to tomorrow afternoon, so registration must close tonight
    MoveResult refused = changes.move(move(number, 1, at(8, 13, 0), at(8, 14, 0), null));
    assertThat(refused).isInstanceOf(Refused.class).extracting("field").isEqualTo("batasPendaftaran");
    MoveResult moved = changes.move(move(number, 1, at(8, 13, 0), at(8, 14, 0), LocalDate.of(2026, 12, 7)));

    assertThat(moved).isInstanceOf(Moved.class);
    assertThat(timer(instance, Elements.TIMER_REGISTRATION_DEADLINE).getDuedate()).as("end of the new deadline day")
        .isEqualTo(date(ZonedDateTime.of(2026, 12, 8, 0, 0, 0, 0, JAKARTA)));
    Date opening = date(ZonedDateTime.of(2026, 12, 8, 13, 0, 0, 0, JAKARTA));
    for (String prepared : List.of(Elements.TASK_PREPARE_ROOM, Elements.TASK_PREPARE_EQUIPMENT, Elements.TASK_CONFIRM_SPEAKER_MATERIAL)) {
      assertThat(taskOf(instance, prepared).getDueDate()).as(prepared + " due no later than the opening").isEqualTo(opening);
      assertThat(timeoutOf(instance, prepared).getDuedate()).as(prepared + " escalates then").isEqualTo(opening);
      assertThat(taskService.getVariableLocal(taskOf(instance, prepared).getId(), "sopDueDate")).isEqualTo("Selasa, 8 Desember 2026 pukul 13.00 WIB");
    }
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "openingAt")).isEqualTo(opening);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "registrationDeadline")).isEqualTo("2026-12-07");
    assertThat(attendance.days(number)).extracting(AttendanceDay::date, AttendanceDay::opensAt).containsExactly(
        tuple(LocalDate.of(2026, 12, 8), at(8, 12, 30).atZone(JAKARTA).toInstant()),
        tuple(OPENING, at(21, 8, 30).atZone(JAKARTA).toInstant()), tuple(OPENING.plusDays(1), at(22, 7, 30).atZone(JAKARTA).toInstant()));

    // and back later: the preparations get their two working days again
    changes.move(move(number, 1, at(21, 8, 0), at(21, 9, 0), null));
    assertThat(taskOf(instance, Elements.TASK_PREPARE_ROOM).getDueDate()).isEqualTo(date(ZonedDateTime.of(2026, 12, 9, 9, 0, 0, 0, JAKARTA)));
    assertThat(timer(instance, Elements.TIMER_REGISTRATION_DEADLINE).getDuedate()).isEqualTo(date(ZonedDateTime.of(2026, 12, 8, 0, 0, 0, 0, JAKARTA)));
  }

  @Test
  void everyParticipantGetsTheUpdatedInvitationInAJobOfTheirOwnAndASecondMoveMailsThemAgain() throws Exception {
    ProcessInstance instance = registrationOpen();
    String number = instance.getBusinessKey();
    register(number, "Dewi Lestari", "0812-3456-7890");
    register(number, "Budi Santoso", "0812-2222-2222");
    executeAll(Elements.TASK_SEND_REGISTRATION_RECEIPT, instance);
    purgeMail();

    changes.move(move(number, 3, at(23, 8, 0), at(23, 15, 0), null));
    execute(job(Elements.TASK_SEND_SCHEDULE_CHANGE, instance));
    executeAll(Elements.TASK_NOTIFY_PARTICIPANTS_OF_SCHEDULE_CHANGE + MI_BODY, instance);
    List<Job> perParticipant = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.TASK_NOTIFY_PARTICIPANTS_OF_SCHEDULE_CHANGE).list();
    assertThat(perParticipant).as("one job per participant: a refused address holds up nobody else").hasSize(2);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).variableName("participantId")
        .list()).extracting(v -> v.getValue()).as("ids, never names or addresses")
        .containsExactlyInAnyOrderElementsOf(desk.participants(number).stream().map(p -> (Object) p.id()).toList());
    perParticipant.forEach(j -> managementService.executeJob(j.getId()));
    assertThat(IcsReader.read(IcsReader.calendarOf(mailTo("budi.santoso@gmail.com"))).events()).extracting(ReadEvent::uid, ReadEvent::sequence)
        .contains(tuple(number + "-3@pustaka-asiek", 1));
    assertThat(participantMails()).hasSize(2);

    changes.move(move(number, 3, at(24, 8, 0), at(24, 15, 0), null));
    sendScheduleChange(instance);

    assertThat(participantMails()).as("the second move is mailed again").hasSize(4);
    assertThat(mailsTo("dewi.lestari@gmail.com")).extracting(m -> IcsReader.read(IcsReader.calendarOf(m)).events().get(2).sequence())
        .containsExactly(1, 2);
    assertThat(instance).isWaitingAt(Elements.GATEWAY_REGISTRATION_CLOSES).hasPassed(Elements.END_SCHEDULE_CHANGE_SENT);
  }

  @Test
  void theOpeningTimerFollowsAMovedOpeningAndTheOpeningTaskIsDueFromTheNewTime() {
    ProcessInstance instance = preparedWithDewi();
    String number = instance.getBusinessKey();
    assertThat(timer(instance, Elements.TIMER_WORKSHOP_OPENS).getDuedate()).isEqualTo(date(ZonedDateTime.of(2026, 12, 21, 8, 0, 0, 0, JAKARTA)));

    // opening and material an hour later on the same day
    assertThat(changes.move(move(number, 2, at(21, 10, 0), at(21, 15, 0), null))).isInstanceOf(Moved.class);
    assertThat(changes.move(move(number, 1, at(21, 9, 0), at(21, 10, 0), null))).isInstanceOf(Moved.class);

    Job opening = timer(instance, Elements.TIMER_WORKSHOP_OPENS);
    assertThat(opening.getDuedate()).as("the new first session's start").isEqualTo(date(ZonedDateTime.of(2026, 12, 21, 9, 0, 0, 0, JAKARTA)));
    assertThat(checkInTimers(instance)).extracting(Job::getDuedate).first()
        .isEqualTo(date(ZonedDateTime.of(2026, 12, 21, 8, 30, 0, 0, JAKARTA)));
    ClockUtil.setCurrentTime(opening.getDuedate());
    managementService.executeJob(opening.getId());
    Task open = taskOf(instance, Elements.TASK_OPEN_WORKSHOP);
    assertThat(open.getDueDate()).as("row 3, 30 menit from the new opening").isEqualTo(date(ZonedDateTime.of(2026, 12, 21, 9, 30, 0, 0, JAKARTA)));
    assertThat(timeoutOf(instance, Elements.TASK_OPEN_WORKSHOP).getDuedate()).isEqualTo(open.getDueDate());
  }

  @Test
  void aSessionMovedOnTheDayTakesItsAttendanceDayAlongAndADayWhoseListIsOpenStays() throws Exception {
    ProcessInstance instance = preparedWithDewi();
    String number = instance.getBusinessKey();
    purgeMail();
    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2026, 12, 21, 7, 35, 0, 0, JAKARTA)));
    execute(checkInTimers(instance).get(0));
    assertThat(taskOf(instance, Elements.TASK_RECORD_ATTENDANCE)).isNotNull();

    MoveResult materialAway = changes.move(move(number, 2, at(23, 9, 0), at(23, 15, 0), null));
    assertThat(materialAway).isInstanceOf(Refused.class);
    assertThat(((Refused) materialAway).sentence()).startsWith("Daftar hadir hari Senin, 21 Desember 2026 sudah dibuka");
    MoveResult practice = changes.move(move(number, 3, at(23, 10, 0), at(23, 15, 0), null));

    assertThat(practice).isInstanceOf(Moved.class);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).variableName("attendanceDay")
        .list()).extracting(v -> v.getValue()).containsExactlyInAnyOrder("2026-12-21", "2026-12-23");
    assertThat(checkInTimers(instance)).extracting(Job::getDuedate).as("30 minutes before the moved day's first session")
        .containsExactly(date(ZonedDateTime.of(2026, 12, 23, 9, 30, 0, 0, JAKARTA)));
    assertThat(attendance.days(number)).extracting(AttendanceDay::date).containsExactly(OPENING, LocalDate.of(2026, 12, 23));
    sendScheduleChange(instance);
    assertThat(IcsReader.read(IcsReader.calendarOf(mailTo("dewi.lestari@gmail.com"))).events())
        .extracting(ReadEvent::uid, ReadEvent::sequence, ReadEvent::start)
        .contains(tuple(number + "-3@pustaka-asiek", 1, utc("2026-12-23T03:00")));

    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2026, 12, 23, 9, 31, 0, 0, JAKARTA)));
    execute(checkInTimers(instance).get(0));
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Elements.TASK_RECORD_ATTENDANCE).count())
        .as("the moved day's list opened").isEqualTo(2);
  }

  @Test
  void aSessionMovedToANewDayBeforeTheWorkshopGetsAnAttendanceListOfItsOwn() {
    ProcessInstance instance = preparedWithDewi();
    String number = instance.getBusinessKey();

    MoveResult merged = changes.move(move(number, 3, at(21, 15, 0), at(21, 16, 0), null));
    assertThat(merged).isInstanceOf(Refused.class);
    assertThat(((Refused) merged).sentence()).contains("satu-satunya sesi pada hari Selasa, 22 Desember 2026");
    MoveResult moved = changes.move(move(number, 2, at(23, 9, 0), at(23, 15, 0), null));

    assertThat(moved).isInstanceOf(Moved.class);
    assertThat(checkInTimers(instance)).extracting(Job::getDuedate).containsExactly(
        date(ZonedDateTime.of(2026, 12, 21, 7, 30, 0, 0, JAKARTA)), date(ZonedDateTime.of(2026, 12, 22, 7, 30, 0, 0, JAKARTA)),
        date(ZonedDateTime.of(2026, 12, 23, 8, 30, 0, 0, JAKARTA)));
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).variableName("nrOfInstances")
        .singleResult().getValue()).as("the multi-instance counts it").isEqualTo(3);
  }

  @Test
  void aMoveIntoATakenSlotChangesNothingAndNamesTheConflictAndAFreeSlot() {
    ProcessInstance instance = registrationOpen();
    String number = instance.getBusinessKey();
    List<Map<String, Object>> before = bookings(number);
    jdbc.update("""
        insert into asiek_booking (resource_id, starts_at, ends_at, quantity, title, created_by, created_at)
        values ('ruang-pelatihan', ?, ?, 1, 'Rapat Koordinasi Arsip', 'kasubag', ?)""",
        at(23, 8, 0).atZone(JAKARTA).toOffsetDateTime(), at(23, 12, 0).atZone(JAKARTA).toOffsetDateTime(), MONDAY_0900.toOffsetDateTime());
    long other = jdbc.queryForObject("select id from asiek_booking where title = 'Rapat Koordinasi Arsip'", Long.class);
    jdbc.update("insert into asiek_booking_unit (booking_id, resource_id, unit_no, blocked_from, blocked_until) values (?, 'ruang-pelatihan', 1, ?, ?)",
        other, at(23, 7, 30).atZone(JAKARTA).toOffsetDateTime(), at(23, 12, 30).atZone(JAKARTA).toOffsetDateTime());

    MoveResult result = changes.move(move(number, 3, at(23, 8, 0), at(23, 15, 0), null));

    assertThat(result).isInstanceOf(Refused.class);
    Refused refused = (Refused) result;
    assertThat(refused.reason()).isEqualTo(Reason.CONFLICT);
    assertThat(refused.sentence()).contains("Rapat Koordinasi Arsip");
    assertThat(refused.proposal()).isEqualTo("Kamis, 24 Desember 2026 pukul 08.00–15.00 WIB");
    assertThat(bookings(number)).isEqualTo(before);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "scheduleSequence")).isEqualTo(0L);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TASK_SEND_SCHEDULE_CHANGE).count()).isZero();
    assertThat(attendance.days(number)).extracting(AttendanceDay::date).containsExactly(OPENING, OPENING.plusDays(1));

    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2026, 12, 22, 15, 30, 0, 0, JAKARTA)));
    assertThat(changes.move(move(number, 3, at(24, 8, 0), at(24, 15, 0), null))).as("over").isInstanceOf(Refused.class)
        .extracting("sentence").asString().contains("sudah selesai");
  }

  @Test
  void aWorkshopCancelledOnTheDayReleasesEverythingAndTellsEveryoneWithAHigherSequence() throws Exception {
    ProcessInstance instance = preparedWithDewi();
    String number = instance.getBusinessKey();
    changes.move(move(number, 3, at(23, 8, 0), at(23, 15, 0), null));
    sendScheduleChange(instance);
    ClockUtil.setCurrentTime(date(ZonedDateTime.of(2026, 12, 21, 7, 35, 0, 0, JAKARTA)));
    execute(checkInTimers(instance).get(0));
    Task record = taskOf(instance, Elements.TASK_RECORD_ATTENDANCE);
    assertThat(attendance.checkIn(number, OPENING, registeredCode(number), "dokumentasi")).isInstanceOf(CheckIn.CheckedIn.class);
    purgeMail();

    engine.getRuntimeService().createMessageCorrelation(PustakaAsiekProcess.Messages.REQUEST_CANCELLED).processInstanceBusinessKey(number)
        .setVariable("cancellationReason", "Banjir di sekitar kantor dinas.").correlate();

    assertThat(jdbc.queryForObject("select count(*) from asiek_booking where activity_number = ?", Long.class, number)).isZero();
    assertThat(taskService.createTaskQuery().taskId(record.getId()).count()).as("the day's list is gone").isZero();
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
    assertThat(attendance.checkIn(number, OPENING, registeredCode(number), "dokumentasi")).isInstanceOf(CheckIn.DayNotOpen.class);
    execute(job(Elements.TASK_NOTIFY_CANCELLATION, instance));
    mailsToAll(Elements.TASK_NOTIFY_PARTICIPANTS_OF_CANCELLATION, instance);
    assertThat(instance).isEnded().hasPassed(Elements.END_REQUEST_CANCELLED);

    IcsReader.ReadCalendar cancelled = IcsReader.read(IcsReader.calendarOf(mailTo(REQUESTER)));
    assertThat(cancelled.method()).isEqualTo("CANCEL");
    assertThat(cancelled.events()).extracting(ReadEvent::uid, ReadEvent::sequence, ReadEvent::status, ReadEvent::start).containsExactly(
        tuple(number + "-1@pustaka-asiek", 2, "CANCELLED", utc("2026-12-21T01:00")),
        tuple(number + "-2@pustaka-asiek", 2, "CANCELLED", utc("2026-12-21T02:00")),
        tuple(number + "-3@pustaka-asiek", 2, "CANCELLED", utc("2026-12-23T01:00")));
    assertThat(mailTo("dokumentasi@pustaka-asiek.test").getAllRecipients()).extracting(Object::toString).contains(
        "narasumber@pustaka-asiek.test", "pustakawan@pustaka-asiek.test", "kasubag@pustaka-asiek.test", "kebersihan@pustaka-asiek.test",
        "kadis@pustaka-asiek.test", "analis@pustaka-asiek.test");
    assertThat(body(mailTo("dewi.lestari@gmail.com"))).contains("dibatalkan", "Banjir");
  }

  // ---- helpers

  private ProcessInstance registrationOpen() {
    ProcessInstance instance = OpenRegistration.of(engine, 20, MONDAY_0900.toLocalDate(), OPENING);
    purgeMail();
    return instance;
  }

  /** Registration open, Dewi registered, the list fixed and the preparations done: the workshop days wait. */
  private ProcessInstance preparedWithDewi() {
    ProcessInstance instance = registrationOpen();
    register(instance.getBusinessKey(), "Dewi Lestari", "0812-3456-7890");
    OpenRegistration.listFixedAndPrepared(engine, desk, instance);
    return instance;
  }

  private static SessionMove move(String number, int session, LocalDateTime start, LocalDateTime end, LocalDate deadline) {
    return new SessionMove(number, session, start, end, "Ruang praktik dipakai ujian sekolah.", deadline, "analis");
  }

  /** A time in December 2026, Jakarta. */
  private static LocalDateTime at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 12, day, hour, minute);
  }

  private static Instant utc(String localUtc) {
    return Instant.parse(localUtc + ":00Z");
  }

  private void register(String number, String name, String phone) {
    String email = name.toLowerCase().replace(' ', '.') + "@gmail.com";
    RegistrationOutcome outcome = desk.register(desk.window(number).orElseThrow().token(),
        new RegistrationForm(name, "Dusun Sumber, Mojosari", phone, email, "SDN 1 Mojosari, kelas V", true));
    assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
  }

  private String registeredCode(String number) {
    return desk.participants(number).get(0).code();
  }

  private List<Job> checkInTimers(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TIMER_CHECK_IN_OPENS)
        .orderByJobDuedate().asc().list();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private Job timeoutOf(ProcessInstance instance, String taskKey) {
    Task task = taskOf(instance, taskKey);
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().executionId(task.getExecutionId())
        .activityId(taskKey).singleResult();
  }

  private List<Map<String, Object>> bookings(String number) {
    return jdbc.queryForList("select b.id, b.resource_id, b.starts_at, b.ends_at, b.session_no, u.unit_no, u.blocked_from, u.blocked_until "
        + "from asiek_booking b left join asiek_booking_unit u on u.booking_id = b.id where b.activity_number = ? order by b.id, u.unit_no", number);
  }

  /** The updated invitation: requester, speaker and lanes, then one job per participant. */
  private void sendScheduleChange(ProcessInstance instance) {
    execute(job(Elements.TASK_SEND_SCHEDULE_CHANGE, instance));
    mailsToAll(Elements.TASK_NOTIFY_PARTICIPANTS_OF_SCHEDULE_CHANGE, instance);
  }

  private static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message).replaceAll("=\r?\n", "");
  }

  private List<MimeMessage> participantMails() {
    return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith("Perubahan jadwal Pustaka ASIEK");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
