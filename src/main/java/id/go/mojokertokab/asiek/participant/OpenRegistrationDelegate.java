package id.go.mojokertokab.asiek.participant;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CAPACITY;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.REGISTRATION_DEADLINE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_SUMMARY;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.form.FormValues;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRegistration: opens the public registration of the booked schedule; reads activityNumber, capacity,
 * registrationDeadline; writes registrationUrl and adds it to scheduleSummary.
 */
@Component
record OpenRegistrationDelegate(RegistrationDesk desk, ScheduleRepository schedule, MailProperties mail,
    OfficeCalendar calendar) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    FormValues values = new FormValues(execution.getVariables(), calendar.properties().zone());
    String number = ACTIVITY_NUMBER.get(execution);
    RegistrationWindow window = desk.open(number, values.number(CAPACITY.name()).orElseThrow().intValue(),
        values.date(REGISTRATION_DEADLINE.name()).orElseThrow(), schedule.activitySchedule(number).sessions());
    String url = mail.publicUrl() + "/daftar/" + window.token();
    Registration.REGISTRATION_URL.set(execution, url);
    String summary = SCHEDULE_SUMMARY.get(execution);
    SCHEDULE_SUMMARY.set(execution, (summary == null ? "" : summary) + "  \n**Tautan pendaftaran peserta:** " + Markdown.escape(url));
  }
}
