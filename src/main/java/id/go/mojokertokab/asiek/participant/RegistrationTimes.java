package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The model's times of registration and attendance, read from our tables: when registration closes
 * ({@code ${registrationTimes.closesAt(execution)}}: the deadline's end, or at once if the analyst closed it already),
 * the session days ({@code ${registrationTimes.attendanceDays(execution)}}) and when a day's check-in opens
 * ({@code ${registrationTimes.checkInOpensAt(execution)}}, for the element variable attendanceDay).
 */
@Component
public record RegistrationTimes(RegistrationDesk desk, AttendanceDesk attendance) {

  public Date closesAt(DelegateExecution execution) {
    return Date.from(window(execution).effectiveClose());
  }

  public List<String> attendanceDays(DelegateExecution execution) {
    return attendance.days(activityNumber(execution)).stream().map(day -> day.date().toString()).toList();
  }

  public Date checkInOpensAt(DelegateExecution execution) {
    LocalDate day = LocalDate.parse(Registration.ATTENDANCE_DAY.get(execution));
    return Date.from(attendance.day(activityNumber(execution), day).orElseThrow().opensAt());
  }

  private RegistrationWindow window(DelegateExecution execution) {
    String number = activityNumber(execution);
    return desk.window(number).orElseThrow(() -> new IllegalStateException("Kegiatan " + number + " belum membuka pendaftaran peserta"));
  }

  private static String activityNumber(DelegateExecution execution) {
    return Vars.ACTIVITY_NUMBER.get(execution);
  }
}
