package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.LiveFormVariables;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Form_RecordAttendance, as it is opened: the day's count at this moment and the link to the check-in page. No names. */
@FormBean(form = Forms.RECORD_ATTENDANCE)
record AttendanceFormData(AttendanceDesk attendance) implements LiveFormVariables {

  @Override
  public Map<String, TypedValue> variables(DelegateTask task, Reader reader) {
    String number = Vars.ACTIVITY_NUMBER.get(task);
    LocalDate day = LocalDate.parse(Registration.ATTENDANCE_DAY.get(task));
    AttendanceDesk.Counts counts = attendance.counts(number, day);
    String text = "**Hari kegiatan:** " + IndonesianDates.day(day) + "  \n"
        + "**Hadir saat ini:** " + counts.present() + " orang (" + (counts.present() - counts.walkIns()) + " dari " + counts.confirmed()
        + " peserta terkonfirmasi, " + counts.walkIns() + " peserta di tempat)\n\n"
        + "[Buka halaman daftar hadir](/staf/kegiatan/" + number + "/hadir/" + day + ") untuk mencatat kehadiran, "
        + "menambah peserta di tempat dan mengunduh daftar hadir.";
    return Map.of(Registration.ATTENDANCE_SUMMARY.name(), Variables.stringValue(text));
  }
}
