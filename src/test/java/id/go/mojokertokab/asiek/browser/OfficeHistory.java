package id.go.mojokertokab.asiek.browser;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.schedule.ReservationService;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Five weeks of the office on the real engine, the clock moved from step to step: 24 request letters, each disposed
 * after between 20 minutes and two hours; every second one accepted, coordinated (some late) and prepared, a few
 * preparations still open; and other office events in the week of 25 January 2027.
 */
final class OfficeHistory {

  static final ZonedDateTime FIRST_LETTER = TestData.MONDAY_0900.withHour(8);
  static final ZonedDateTime END = ZonedDateTime.of(2027, 1, 8, 10, 0, 0, 0, TestData.JAKARTA);
  static final LocalDate CALENDAR_WEEK = LocalDate.of(2027, 1, 25);

  private final FormService forms;
  private final TaskService tasks;
  private final ManagementService jobs;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final ReservationService reservations;

  OfficeHistory(FormService forms, TaskService tasks, ManagementService jobs, IdentityService identity, RepositoryService repository,
      ReservationService reservations) {
    this.forms = forms;
    this.tasks = tasks;
    this.jobs = jobs;
    this.identity = identity;
    this.repository = repository;
    this.reservations = reservations;
  }

  /** @return how many activities were recorded (every one has a completed disposition) */
  int write() {
    int[] disposeAfterMinutes = {20, 45, 70, 130, 35, 55};
    int count = 24;
    for (int i = 0; i < count; i++) {
      ZonedDateTime letter = FIRST_LETTER.plusWeeks(i / 5).plusDays(i % 5).plusMinutes(30L * (i % 4));
      ProcessInstance instance = start(letter);
      at(letter.plusMinutes(disposeAfterMinutes[i % disposeAfterMinutes.length]));
      boolean accepted = i % 2 == 0;
      forms.submitTaskForm(task(instance, Elements.TASK_DISPOSE_REQUEST).getId(),
          accepted ? TestData.acceptedDisposition() : TestData.rejectedDisposition());
      jobs.executeJob(jobs.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TASK_STORE_DISPOSITION_SHEET)
          .singleResult().getId());
      if (!accepted) {
        continue;
      }
      jobs.executeJob(jobs.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TASK_NOTIFY_COOPERATION_ANALYST)
          .singleResult().getId());
      int k = i / 2;
      ZonedDateTime coordinated = switch (k % 4) {
        case 0 -> letter.plusHours(3);
        case 1 -> letter.plusDays(1).plusHours(2);
        case 2 -> letter.plusHours(5);
        default -> letter.plusDays(2);
      };
      at(workday(coordinated));
      Map<String, Object> coordination = TestData.coordination(workday(coordinated).minusMinutes(30));
      coordination.putAll(TestData.schedule(CALENDAR_WEEK.plusWeeks(k)));
      identity.setAuthentication("analis", List.of("analis-kerjasama"));
      try {
        forms.submitTaskForm(task(instance, Elements.TASK_COORDINATE_WITH_REQUESTER).getId(), coordination);
      } finally {
        identity.clearAuthentication();
      }
      jobs.executeJob(jobs.createJobQuery().processInstanceId(instance.getId()).activityId(Elements.TASK_SEND_SCHEDULE_CONFIRMATION)
          .singleResult().getId());
      if (k % 3 == 2) {
        continue; // preparations still open
      }
      ZonedDateTime prepared = workday(coordinated).plusDays(1);
      at(workday(prepared));
      forms.submitTaskForm(task(instance, Elements.TASK_PREPARE_EQUIPMENT).getId(), TestData.preparedEquipment());
      at(workday(prepared.plusHours(2 + k % 3)));
      forms.submitTaskForm(task(instance, Elements.TASK_PREPARE_ROOM).getId(), TestData.preparedRoom(workday(prepared).plusHours(1)));
      at(workday(prepared.plusDays(k % 2 == 0 ? 1 : 3)));
      forms.submitTaskForm(task(instance, Elements.TASK_CONFIRM_SPEAKER_MATERIAL).getId(), TestData.speakerConfirmation());
    }
    at(END);
    otherOfficeEvents();
    return count;
  }

  private void otherOfficeEvents() {
    book("aula", CALENDAR_WEEK.plusDays(2), 9, 12, "Rapat koordinasi kearsipan desa");
    book("ruang-baca-anak", CALENDAR_WEEK.plusDays(3), 8, 11, "Dongeng pagi bersama TK Pertiwi");
    book("kamera", CALENDAR_WEEK.plusDays(3), 13, 15, "Dokumentasi pameran arsip");
    book("aula", CALENDAR_WEEK.plusDays(4), 8, 10, "Senam dan apel pagi pegawai");
  }

  private void book(String resource, LocalDate day, int from, int until, String title) {
    reservations.bookSingle(resource, new Session(SessionType.MATERI, day.atTime(from, 0).atZone(TestData.JAKARTA).toInstant(),
        day.atTime(until, 0).atZone(TestData.JAKARTA).toInstant()), 1, title, "kasubag");
  }

  private ProcessInstance start(ZonedDateTime time) {
    at(time);
    identity.setAuthentication("agendaris", List.of("agendaris-surat"));
    try {
      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY).latestVersion()
          .singleResult().getId();
      return forms.submitStartForm(definition, TestData.requestLetter(time.toLocalDate()));
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The same time on the next working day when it falls on a weekend. */
  private static ZonedDateTime workday(ZonedDateTime time) {
    ZonedDateTime day = time;
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static void at(ZonedDateTime time) {
    ClockUtil.setCurrentTime(TestData.date(time));
  }
}
