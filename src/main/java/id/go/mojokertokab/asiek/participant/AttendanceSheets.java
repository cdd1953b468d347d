package id.go.mojokertokab.asiek.participant;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The daftar hadir of one day, drawn from the data: an A4 PDF with the office's heading (an HTML template turned into
 * PDF by openhtmltopdf, with an embedded font so every name prints as typed) and a CSV for Excel (UTF-8 with BOM,
 * semicolons as Excel in Indonesia expects). Attendees in alphabetical order; erased ones keep their row and number.
 */
@Component
record AttendanceSheets(ITemplateEngine templates, ActivityRepository activities, ScheduleRepository schedule,
    OfficeCalendar calendar) {

  static final String TEMPLATE = "dokumen/daftar-hadir";
  private static final String ERASED = "(data dihapus atas permintaan)";

  /** One row of the list. */
  record Row(int number, String name, String address, String phone, String affiliation, String code) {}



  byte[] pdf(AttendanceDay day, List<Attendee> attendees) {
    Activity activity = activities.get(day.activityNumber());
    ActivitySchedule booked = schedule.activitySchedule(day.activityNumber());
    Context context = new Context(Locale.forLanguageTag("id-ID"));
    context.setVariable("kegiatan", activity);
    context.setVariable("hari", IndonesianDates.day(day.date()));
    context.setVariable("sesi", booked.sessions().stream()
        .filter(s -> s.start().atZone(calendar.properties().zone()).toLocalDate().equals(day.date()))
        .map(s -> s.type().label() + " " + IndonesianDates.time(s.start().atZone(calendar.properties().zone()).toLocalTime())
            + "–" + IndonesianDates.time(s.end().atZone(calendar.properties().zone()).toLocalTime()))
        .collect(Collectors.joining(", ")));
    context.setVariable("ruang", booked.room() == null ? "-" : booked.room().name());
    context.setVariable("baris", rows(attendees));
    context.setVariable("ditutup", day.closed());
    context.setVariable("ditutupOleh", day.closedBy());
    context.setVariable("tanggalTutup", day.closed() ? calendar.formatDateTime(day.closedAt()) : null);
    String html = templates.process(TEMPLATE, context);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> AttendanceSheets.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
      builder.useFont(() -> AttendanceSheets.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Daftar hadir " + day.activityNumber() + " " + day.date() + " tidak dapat dibuat sebagai PDF", e);
    }
  }

  byte[] csv(AttendanceDay day, List<Attendee> attendees) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("No;Nama;Alamat;Telepon;Lembaga/kelas;Kode;Kegiatan;Tanggal\r\n");
    for (Row row : rows(attendees)) {
      csv.append(row.number());
      for (String value : List.of(row.name(), row.address(), row.phone(), row.affiliation(), row.code(), day.activityNumber(), day.date().toString())) {
        csv.append(';').append(cell(value));
      }
      csv.append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static List<Row> rows(List<Attendee> attendees) {
    List<Participant> sorted = attendees.stream().map(Attendee::participant)
        .sorted(Comparator.comparing((Participant p) -> p.erased() ? 1 : 0)
            .thenComparing(p -> p.fullName() == null ? "" : p.fullName(), String.CASE_INSENSITIVE_ORDER))
        .toList();
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Participant p = sorted.get(i);
      rows.add(p.erased() ? new Row(i + 1, ERASED, "", "", "", p.displayCode())
          : new Row(i + 1, p.fullName(), p.address(), national(p.phone()), p.affiliation(), p.displayCode()));
    }
    return rows;
  }

  /** "+6281234567890" as people write it at home: "081234567890". */
  static String national(String phone) {
    return phone != null && phone.startsWith("+62") ? "0" + phone.substring(3) : phone;
  }

  /** RFC 4180 quoting; a value Excel would run as a formula (=, +, -, @) is kept as text. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
