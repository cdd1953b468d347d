package id.go.mojokertokab.asiek.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.activity.ActivityStatus;
import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.calendar.OfficeCalendars;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentStore;
import id.go.mojokertokab.asiek.document.Thumbnails;
import id.go.mojokertokab.asiek.pdf.PdfRenderers;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Decision;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The activity report keeps each table's title and header row on the page of the table's first row, wherever the
 * content before it ends: a reader never finds a title and a header at the foot of a page and the rows on the next.
 */
class ActivityReportLayoutTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String NUMBER = "ASIEK-2026-0001";

  /** A table of the report as its text reads: the headings above it, its header row and its first row. */
  record Table(List<String> headings, String header, String firstRow) {}

  static final List<Table> TABLES = List.of(
      new Table(List.of("5. Peserta, kehadiran dan praktik", "Peserta dan kehadiran per hari"),
          "Hari kegiatan Peserta terkonfirmasi Hadir Di antaranya peserta di tempat Daftar hadir", "Hari ke-1 20 18 1 ditutup"),
      new Table(List.of("Hasil praktik per kelompok"), "No Kelompok Hasil praktik", "1 Kelompok 1 Menemukan 1 buku lewat katalog daring."),
      new Table(List.of("6. Dokumentasi"), "Jenis Berkas Ukuran Diunggah SHA-256", "video kegiatan rekaman-01.mp4"),
      new Table(List.of("7. Ketepatan waktu per langkah SOP"), "Langkah Tugas Oleh Mulai Selesai Lama Waktu SOP Batas Keterangan",
          "Tugas 01"));

  @Test
  void everyTablesHeadingsAndHeaderStandOnThePageOfItsFirstRowWherePagesBreak() throws IOException {
    List<String> strays = new ArrayList<>();
    // one attendance row more each time moves every later table down by a row, past each page's foot in turn
    for (int days = 1; days <= 30; days++) {
      byte[] pdf = render(days);
      Pages pages = Pages.of(pdf);
      for (Table table : TABLES) {
        List<String> parts = new ArrayList<>(table.headings());
        parts.add(table.header());
        parts.add(table.firstRow());
        int[] on = pages.pagesOfInTurn(parts);
        if (Arrays.stream(on).distinct().count() > 1) {
          strays.add(days + " attendance rows: " + parts + " on pages " + Arrays.toString(on));
          keep(pdf, "laporan-kegiatan-tata-letak-" + days + ".pdf");
        }
      }
    }
    assertThat(strays).as("headings or a header row left on a page without the table's first row").isEmpty();
  }

  @Test
  void aTableThatRunsOntoTheNextPageRepeatsItsHeaderThere() throws IOException {
    byte[] pdf = render(40);
    keep(pdf, "laporan-kegiatan-40-hari.pdf");
    Pages pages = Pages.of(pdf);
    String header = TABLES.get(0).header();

    int first = pages.pagesOfInTurn(List.of(header, "Hari ke-1 "))[1];
    int last = pages.pagesOfInTurn(List.of(header, "Hari ke-40 "))[1];

    assertThat(last).as("the attendance table runs onto the next page").isGreaterThan(first);
    for (int page = first + 1; page <= last; page++) {
      assertThat(pages.text(page)).as("page " + page).contains(header);
      assertThat(pages.text(page).indexOf(header)).as("page " + page + ": the header above its rows")
          .isLessThan(pages.text(page).indexOf("Hari ke-"));
    }
  }

  /** The report of a workshop with {@code days} attendance rows before the other tables. */
  static byte[] render(int days) {
    ActivityRepository activities = mock(ActivityRepository.class);
    ScheduleRepository schedules = mock(ScheduleRepository.class);
    DocumentRepository documents = mock(DocumentRepository.class);
    ProcessHistory history = mock(ProcessHistory.class);
    SopStepTimes stepTimes = mock(SopStepTimes.class);
    Activity activity = new Activity(NUMBER, "proses-1", "045/123/416-117/2026", "421.2/77/SDN1/2026", LocalDate.of(2026, 12, 4),
        "Permohonan kegiatan Pustaka ASIEK bagi siswa kelas V", "SDN 1 Mojosari", "Jl. Hayam Wuruk No. 5, Mojosari", "Ibu Siti Aminah",
        "siti.aminah@sdn1mojosari.sch.id", "0812-3456-7890", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1), 40, "agendaris",
        Instant.parse("2026-12-07T02:00:00Z"), ActivityStatus.COMPLETED);
    when(activities.get(NUMBER)).thenReturn(activity);
    when(history.variables("proses-1")).thenReturn(Map.of());
    when(history.nameOf(any())).thenAnswer(call -> call.getArgument(0));
    when(history.disposition("proses-1")).thenReturn(Optional.of(new Disposition(Decision.DITERIMA,
        "Koordinasikan jadwal dengan pemohon.", "bidang-pengembangan", null, null, "kadis", Instant.parse("2026-12-07T02:20:00Z"))));
    List<Session> sessions = List.of(new Session(SessionType.PEMBUKAAN, at(21, 8), at(21, 9)),
        new Session(SessionType.MATERI, at(21, 9), at(21, 15)), new Session(SessionType.PRAKTIK, at(22, 8), at(22, 15)));
    when(schedules.activitySchedule(NUMBER)).thenReturn(new ActivitySchedule(NUMBER, sessions, List.of(1, 2, 3), null, null, Map.of()));
    List<Document> files = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      files.add(new Document("d" + i, NUMBER, DocumentKind.VIDEO, "rekaman-%02d.mp4".formatted(i), 50_000_000L + i, "ab".repeat(32),
          "video/mp4", "dokumentasi", Instant.parse("2026-12-22T08:00:00Z")));
    }
    when(documents.of(NUMBER)).thenReturn(files);
    List<SopStepTimes.Row> steps = IntStream.rangeClosed(1, 18).mapToObj(i -> new SopStepTimes.Row(Integer.toString(i % 9 + 1),
        "Tugas %02d".formatted(i), "pegawai", "7 Des 2026 09.00", "7 Des 2026 10.00", "1 jam", "1 jam", "7 Des 2026 10.00", "tepat waktu",
        false)).toList();
    when(stepTimes.of("proses-1")).thenReturn(steps);
    List<ReportSection> sections = List.of(
        section(10, "Peserta dan kehadiran per hari",
            List.of("Hari kegiatan", "Peserta terkonfirmasi", "Hadir", "Di antaranya peserta di tempat", "Daftar hadir"),
            IntStream.rangeClosed(1, days).mapToObj(d -> List.of("Hari ke-" + d, "20", "18", "1", "ditutup")).toList()),
        section(20, "Hasil praktik per kelompok", List.of("No", "Kelompok", "Hasil praktik"), IntStream.rangeClosed(1, 6)
            .mapToObj(g -> List.of(Integer.toString(g), "Kelompok " + g, "Menemukan " + g + " buku lewat katalog daring.")).toList()));
    ActivityReports reports = new ActivityReports(PdfRenderers.withDefaultOffice(), activities, schedules, documents,
        mock(DocumentStore.class), mock(Thumbnails.class), history, stepTimes, OfficeCalendars.of(new CalendarProperties(JAKARTA,
            Set.of(DayOfWeek.MONDAY), LocalTime.of(7, 30), LocalTime.of(16, 0)), null), sections,
        Clock.fixed(Instant.parse("2026-12-23T03:00:00Z"), JAKARTA));
    return reports.render(NUMBER, new Narrative("Kegiatan berjalan lancar.", "Layak diulang.", "pengembangan"));
  }

  static ReportSection section(int order, String title, List<String> headers, List<List<String>> rows) {
    return new ReportSection() {
      public int order() {
        return order;
      }

      public String title() {
        return title;
      }

      public Optional<Table> table(String activityNumber) {
        return Optional.of(new Table(headers, rows, null));
      }
    };
  }

  static Instant at(int december, int hour) {
    return ZonedDateTime.of(LocalDate.of(2026, 12, december).atTime(hour, 0), JAKARTA).toInstant();
  }

  static void keep(byte[] pdf, String name) throws IOException {
    Files.createDirectories(Path.of("target", "pdf"));
    Files.write(Path.of("target", "pdf", name), pdf);
  }

  /** Each page's text in the order it is drawn, white space made single spaces; pages counted from 1. */
  record Pages(List<String> texts) {

    static Pages of(byte[] pdf) throws IOException {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        List<String> texts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          texts.add(stripper.getText(document).replaceAll("\\s+", " "));
        }
        return new Pages(texts);
      }
    }

    String text(int page) {
      return texts.get(page - 1);
    }

    /** The page of each text, each looked for after the one before it. */
    int[] pagesOfInTurn(List<String> parts) {
      int[] pages = new int[parts.size()];
      int page = 1;
      int from = 0;
      for (int i = 0; i < parts.size(); i++) {
        int at = text(page).indexOf(parts.get(i), from);
        while (at < 0 && page < texts.size()) {
          page++;
          at = text(page).indexOf(parts.get(i));
        }
        assertThat(at).as("\"" + parts.get(i) + "\" after " + parts.subList(0, i)).isNotNegative();
        pages[i] = page;
        from = at + parts.get(i).length();
      }
      return pages;
    }
  }
}
