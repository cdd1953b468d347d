package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The report's participants and attendance per day: counts only. The report goes to the requester by mail; names,
 * addresses and phones stay in the daftar hadir, which only the lanes that need them read.
 */
@Component
record AttendanceSection(AttendanceDesk attendance) implements ReportSection {

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String title() {
    return "Peserta dan kehadiran per hari";
  }

  @Override
  public Optional<Table> table(String activityNumber) {
    List<AttendanceDay> days = attendance.days(activityNumber);
    if (days.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    for (AttendanceDay day : days) {
      AttendanceDesk.Counts counts = attendance.counts(activityNumber, day.date());
      rows.add(List.of(IndonesianDates.day(day.date()), Long.toString(counts.confirmed()), Long.toString(counts.present()),
          Long.toString(counts.walkIns()), day.closed() ? "ditutup" : "belum ditutup"));
    }
    return Optional.of(new Table(List.of("Hari kegiatan", "Peserta terkonfirmasi", "Hadir", "Di antaranya peserta di tempat", "Daftar hadir"),
        rows, "Nama, alamat dan telepon peserta ada pada daftar hadir (arsip kegiatan, folder daftar-hadir), bukan di laporan ini."));
  }
}
