package id.go.mojokertokab.asiek.compliance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report as people read it: office time in days, hours and minutes, shares in percent, bar widths for the chart. */
final class ComplianceView {

  private ComplianceView() {}

  /**
   * One row of the table and the chart. The bars are widths in percent of the longest of the row's p90 and waktu over
   * all rows, so every bar and its waktu mark share one scale.
   */
  record Row(String row, String stepName, String tasks, String waktu, int completed, String median, String p90,
      String lateShare, boolean mostlyLate, int openOverdue, double medianWidth, double p90Width, double waktuAt) {}

  static List<Row> rows(SopCompliance.Report report) {
    long scale = Math.max(1, report.rows().stream().mapToLong(r -> Math.max(r.p90Minutes(), r.waktuMinutes())).max().orElse(1));
    return report.rows().stream().map(r -> new Row(r.row(), r.stepName(), String.join(", ", r.tasks()), r.waktu(), r.completed(),
        r.completed() == 0 ? "–" : officeTime(r.medianMinutes(), report.minutesPerDay()),
        r.completed() == 0 ? "–" : officeTime(r.p90Minutes(), report.minutesPerDay()),
        r.completed() == 0 ? "–" : percent(r.lateShare()), r.lateShare() > 0.5, r.openOverdue(),
        width(r.medianMinutes(), scale), width(r.p90Minutes(), scale), width(r.waktuMinutes(), scale))).toList();
  }

  /** "1 hari 2 jam 15 menit" of office time, a day being one office day (8.5 hours with the default hours). */
  static String officeTime(long minutes, long minutesPerDay) {
    if (minutes == 0) {
      return "0 menit";
    }
    long days = minutes / minutesPerDay;
    long withinDay = minutes % minutesPerDay;
    long hours = withinDay / 60;
    long rest = withinDay % 60;
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append(" hari ");
    }
    if (hours > 0) {
      text.append(hours).append(" jam ");
    }
    if (rest > 0) {
      text.append(rest).append(" menit");
    }
    return text.toString().strip();
  }

  static String percent(double share) {
    return String.format(Locale.forLanguageTag("id-ID"), "%.0f%%", share * 100);
  }

  /** RFC 4180, UTF-8 with a byte order mark so that spreadsheets read the Indonesian text right; minutes are office minutes. */
  static String csv(SopCompliance.Report report) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("langkah_sop,uraian_kegiatan,tugas,waktu,waktu_menit_kerja,jumlah_selesai,median_menit_kerja,p90_menit_kerja,"
        + "selesai_terlambat,persen_terlambat,terbuka_melewati_waktu\r\n");
    for (RowCompliance r : report.rows()) {
      csv.append(List.of(r.row(), r.stepName(), String.join("; ", r.tasks()), r.waktu(), String.valueOf(r.waktuMinutes()),
              String.valueOf(r.completed()), String.valueOf(r.medianMinutes()), String.valueOf(r.p90Minutes()), String.valueOf(r.late()),
              String.format(Locale.ROOT, "%.1f", r.lateShare() * 100), String.valueOf(r.openOverdue()))
          .stream().map(ComplianceView::field).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }

  private static String field(String value) {
    boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
        || value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@");
    // a leading = + - @ would be a formula in a spreadsheet: quoted and prefixed with an apostrophe
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static double width(long minutes, long scale) {
    return Math.round(1000.0 * minutes / scale) / 10.0;
  }
}
