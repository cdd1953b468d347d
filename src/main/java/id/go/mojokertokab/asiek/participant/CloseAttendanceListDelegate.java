package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Task_CloseAttendanceList: closes the day's daftar hadir and keeps it as PDF and CSV; reads activityNumber, attendanceDay. */
@Component
record CloseAttendanceListDelegate(AttendanceDesk attendance) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    attendance.close(Vars.ACTIVITY_NUMBER.get(execution), LocalDate.parse(Registration.ATTENDANCE_DAY.get(execution)),
        user == null || user.getUserId() == null ? "Staf Bagian Dokumentasi" : user.getUserId());
  }
}
