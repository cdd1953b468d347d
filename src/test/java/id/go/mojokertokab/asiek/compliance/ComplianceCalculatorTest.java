package id.go.mojokertokab.asiek.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per SOP row: completed tasks, median and p90 of office time, share late against the waktu, open tasks past it. */
class ComplianceCalculatorTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  final ComplianceCalculator calculator = new ComplianceCalculator(new WorkingCalendar(JAKARTA,
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 30), LocalTime.of(16, 0), date -> false));

  @Test
  void eachRowGetsItsCountMedianP90AndLateShareInOfficeTime() {
    List<TaskTime> tasks = new ArrayList<>();
    // row 1, waktu 1 jam: 30, 45, 50, 70, 120 office minutes; two took longer than the hour
    for (int minutes : new int[] {30, 45, 50, 70, 120}) {
      tasks.add(done("1", "kadis", "Disposisi surat permohonan", "1 jam", "2026-12-07T09:00", minutes));
    }
    // row 2, waktu 1 hari: Friday 15:00 to Monday 10:00 is 60 + 150 = 210 office minutes, on time
    tasks.add(new TaskTime("2", "analis-kerjasama", "Koordinasi dengan pemohon", "1 hari", at("2026-12-04T15:00"), at("2026-12-07T10:00")));

    List<RowCompliance> rows = calculator.rows(tasks, at("2026-12-07T12:00"));

    assertThat(rows).extracting(RowCompliance::row, RowCompliance::completed, RowCompliance::medianMinutes, RowCompliance::p90Minutes,
            RowCompliance::late, RowCompliance::waktuMinutes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 5, 50L, 120L, 2, 60L),
            org.assertj.core.groups.Tuple.tuple("2", 1, 210L, 210L, 0, 510L));
    assertThat(rows.get(0).lateShare()).isEqualTo(0.4);
    assertThat(rows.get(0).stepName()).isEqualTo("Kegiatan Pustaka ASIEK");
  }

  @Test
  void openTasksCountAsOverdueOnceMoreThanTheirWaktuOfOfficeTimeHasPassed() {
    List<TaskTime> tasks = List.of(
        new TaskTime("1", "kadis", "Disposisi surat permohonan", "1 jam", at("2026-12-07T09:00"), null),
        new TaskTime("1", "kadis", "Disposisi surat permohonan", "1 jam", at("2026-12-07T10:30"), null),
        // created Friday at 15:45: 15 minutes on Friday, then Monday from 07:30
        new TaskTime("1", "kadis", "Disposisi surat permohonan", "1 jam", at("2026-12-04T15:45"), null));

    RowCompliance row = calculator.rows(tasks, at("2026-12-07T11:00")).get(0);

    assertThat(row.openOverdue()).isEqualTo(2);
    assertThat(row.completed()).isZero();
    assertThat(row.medianMinutes()).isZero();
  }

  @Test
  void rowsComeInTheSopsOrderAndRowFourGathersEveryTaskThatServesIt() {
    List<TaskTime> tasks = List.of(
        done("4", "narasumber", "Konfirmasi kehadiran", "2 hari", "2026-12-07T09:00", 10),
        done("10", "kadis", "Lain", "1 jam", "2026-12-07T09:00", 10),
        done("4", "staf-kebersihan", "Siapkan ruangan", "2 hari", "2026-12-07T09:00", 10),
        done("2", "analis-kerjasama", "Koordinasi", "1 hari", "2026-12-07T09:00", 10));

    List<RowCompliance> rows = calculator.rows(tasks, at("2026-12-08T09:00"));

    assertThat(rows).extracting(RowCompliance::row).containsExactly("2", "4", "10");
    assertThat(rows.get(1).tasks()).containsExactly("Konfirmasi kehadiran", "Siapkan ruangan");
  }

  @Test
  void medianOfAnEvenCountIsTheMiddleTwoAndP90IsTheNearestRank() {
    assertThat(ComplianceCalculator.median(new long[] {10, 20, 30, 40})).isEqualTo(25);
    assertThat(ComplianceCalculator.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90)).isEqualTo(9);
    assertThat(ComplianceCalculator.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90)).isEqualTo(10);
    assertThat(ComplianceCalculator.percentile(new long[] {7}, 90)).isEqualTo(7);
  }

  @Test
  void officeTimeReadsInDaysHoursAndMinutesAndTheCsvIsSafeForSpreadsheets() {
    assertThat(ComplianceView.officeTime(510 + 135, 510)).isEqualTo("1 hari 2 jam 15 menit");
    assertThat(ComplianceView.officeTime(45, 510)).isEqualTo("45 menit");
    SopCompliance.Report report = new SopCompliance.Report(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), null,
        List.of(new RowCompliance("1", "Kegiatan Pustaka ASIEK", List.of("=HYPERLINK(\"x\")", "Disposisi"), "1 jam", 60, 5, 50, 120, 2, 1)),
        510, Instant.EPOCH);

    assertThat(ComplianceView.csv(report).lines()).containsExactly(
        "\uFEFFlangkah_sop,uraian_kegiatan,tugas,waktu,waktu_menit_kerja,jumlah_selesai,median_menit_kerja,p90_menit_kerja,"
            + "selesai_terlambat,persen_terlambat,terbuka_melewati_waktu",
        "1,Kegiatan Pustaka ASIEK,\"'=HYPERLINK(\"\"x\"\"); Disposisi\",1 jam,60,5,50,120,2,40.0,1");
  }

  private TaskTime done(String row, String lane, String name, String waktu, String created, int officeMinutes) {
    Instant start = at(created);
    return new TaskTime(row, lane, name, waktu, start, start.plusSeconds(60L * officeMinutes));
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
  }
}
