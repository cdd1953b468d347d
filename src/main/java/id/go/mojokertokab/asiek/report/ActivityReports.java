package id.go.mojokertokab.asiek.report;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.MATERIAL_OUTLINE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.MATERIAL_TITLE;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentStore;
import id.go.mojokertokab.asiek.document.Sizes;
import id.go.mojokertokab.asiek.document.Thumbnails;
import id.go.mojokertokab.asiek.pdf.PdfRenderer;
import id.go.mojokertokab.asiek.schedule.ActivitySchedule;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.security.Lanes;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The activity report (laporan pelaksanaan kegiatan, row 8) as PDF: the request and its disposition, the agreed
 * schedule, speaker and material, the sections other features contribute ({@link ReportSection}: participants and
 * attendance), the documentation with photo thumbnails, and per SOP task the time it took against its waktu. The
 * review task shows {@link #render} as a draft; on approval the wiring calls {@link #store} with the reviewer's
 * narrative, which keeps it as the activity's LAPORAN document.
 */
@Service
public class ActivityReports {

  static final int MAX_PHOTOS = 12;

  private final PdfRenderer pdf;
  private final ActivityRepository activities;
  private final ScheduleRepository schedules;
  private final DocumentRepository documents;
  private final DocumentStore store;
  private final Thumbnails thumbnails;
  private final ProcessHistory history;
  private final SopStepTimes stepTimes;
  private final OfficeCalendar calendar;
  private final List<ReportSection> sections;
  private final Clock clock;

  ActivityReports(PdfRenderer pdf, ActivityRepository activities, ScheduleRepository schedules, DocumentRepository documents,
      DocumentStore store, Thumbnails thumbnails, ProcessHistory history, SopStepTimes stepTimes, OfficeCalendar calendar,
      List<ReportSection> sections, Clock clock) {
    this.pdf = pdf;
    this.activities = activities;
    this.schedules = schedules;
    this.documents = documents;
    this.store = store;
    this.thumbnails = thumbnails;
    this.history = history;
    this.stepTimes = stepTimes;
    this.calendar = calendar;
    this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
    this.clock = clock;
  }

  record Line(String label, String value) {}

  record Photo(String name, String image) {}

  record DocumentRow(String kind, String name, String size, String uploadedBy, String uploadedAt, String sha256) {}

  record Section(String title, ReportSection.Table table) {}

  /** The report as it stands now; with {@link Narrative#NONE} it is a draft. */
  public byte[] render(String activityNumber, Narrative narrative) {
    Activity activity = activities.get(activityNumber);
    Map<String, Object> variables = history.variables(activity.processInstanceId());
    Map<String, Object> model = new HashMap<>();
    model.put("a", activity);
    model.put("permohonan", List.of(
        new Line("Lembaga pemohon", activity.institutionName()),
        new Line("Alamat", activity.institutionAddress() == null ? "–" : activity.institutionAddress()),
        new Line("Narahubung", activity.contactName()),
        new Line("Nomor / tanggal surat", activity.letterNumber() + " / " + IndonesianDates.date(activity.letterDate())),
        new Line("Nomor agenda", activity.agendaNumber()),
        new Line("Perihal", activity.subject()),
        new Line("Usulan tanggal", IndonesianDates.date(activity.proposedStartDate()) + " s.d. " + IndonesianDates.date(activity.proposedEndDate())),
        new Line("Perkiraan peserta", activity.expectedParticipants() + " orang"),
        new Line("Dicatat", history.nameOf(activity.registeredBy()) + ", " + calendar.formatDateTime(activity.registeredAt()))));
    model.put("disposisi", history.disposition(activity.processInstanceId()).map(d -> List.of(
        new Line("Keputusan", d.accepted() ? "Diterima" : "Ditolak"),
        new Line(d.accepted() ? "Instruksi" : "Alasan", d.accepted() ? orDash(d.instruction()) : orDash(d.rejectionReason())),
        new Line("Diteruskan kepada", d.forwardedTo() == null ? "–" : Lanes.name(d.forwardedTo())),
        new Line("Oleh", history.nameOf(d.decidedBy()) + ", " + calendar.formatDateTime(d.decidedAt())))).orElse(List.of()));
    model.put("jadwal", schedule(activityNumber));
    model.put("revisiJadwal", schedules.revision(activityNumber));
    List<Document> all = documents.of(activityNumber);
    model.put("materi", List.of(
        new Line("Judul", orDash(ProcessHistory.text(variables, MATERIAL_TITLE.name()))),
        new Line("Garis besar", orDash(ProcessHistory.text(variables, MATERIAL_OUTLINE.name()))),
        new Line("Berkas materi", orDash(String.join(", ", all.stream().filter(d -> d.kind() == DocumentKind.MATERI).map(Document::fileName).toList())))));
    List<Section> extra = new ArrayList<>();
    for (ReportSection section : sections) {
      section.table(activityNumber).ifPresent(table -> extra.add(new Section(section.title(), table)));
    }
    model.put("bagian", extra);
    model.put("dokumen", all.stream().map(d -> new DocumentRow(d.kind().label(), d.fileName(), Sizes.format(d.size()),
        DispositionSheets.GENERATED_BY.equals(d.uploadedBy()) ? "Pustaka ASIEK (otomatis)" : history.nameOf(d.uploadedBy()), SopStepTimes.SHORT.format(d.uploadedAt().atZone(calendar.properties().zone())), d.sha256().substring(0, 16) + "…")).toList());
    model.put("foto", photos(all));
    model.put("jumlahFoto", all.stream().filter(d -> d.kind() == DocumentKind.FOTO).count());
    model.put("langkah", stepTimes.of(activity.processInstanceId()));
    model.put("narasi", narrative);
    model.put("penyetuju", narrative.approved() ? history.nameOf(narrative.approvedBy()) : null);
    model.put("dibuat", calendar.formatDateTime(clock.instant()));
    model.put("tanggal", IndonesianDates.date(calendar.today(clock.instant())));
    return pdf.render("laporan-kegiatan", model);
  }

  /** Keeps the approved report as the activity's LAPORAN document; a retried job finds it and keeps no second one. */
  public Document store(String activityNumber, Narrative narrative) {
    if (!narrative.approved()) {
      throw new IllegalArgumentException("only an approved report is kept");
    }
    return kept(activityNumber).orElseGet(() -> store.storeGenerated(activityNumber, DocumentKind.LAPORAN, fileName(activityNumber),
        render(activityNumber, narrative), DispositionSheets.GENERATED_BY));
  }

  /** The approved report as it was kept; fails while it has not been approved. */
  public byte[] approved(String activityNumber) {
    Document report = kept(activityNumber)
        .orElseThrow(() -> new IllegalStateException("Laporan kegiatan " + activityNumber + " belum disetujui dan disimpan."));
    try {
      return Files.readAllBytes(store.path(report));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Optional<Document> kept(String activityNumber) {
    String fileName = fileName(activityNumber);
    return documents.of(activityNumber).stream()
        .filter(d -> d.kind() == DocumentKind.LAPORAN && DispositionSheets.GENERATED_BY.equals(d.uploadedBy()) && d.fileName().equals(fileName))
        .findFirst();
  }

  private static String fileName(String activityNumber) {
    return "laporan-pelaksanaan-" + activityNumber + ".pdf";
  }

  private List<Line> schedule(String activityNumber) {
    ActivitySchedule schedule = schedules.activitySchedule(activityNumber);
    List<Line> lines = new ArrayList<>();
    schedule.sessions().forEach(s -> lines.add(new Line(s.type().label(), calendar.formatPeriod(s.start(), s.end()))));
    if (schedule.room() != null) {
      lines.add(new Line("Ruang", schedule.room().name()));
    }
    if (schedule.speaker() != null) {
      lines.add(new Line("Narasumber", schedule.speaker().name()));
    }
    if (!schedule.equipment().isEmpty()) {
      lines.add(new Line("Peralatan", String.join(", ", schedule.equipment().entrySet().stream()
          .map(e -> e.getKey().name() + " (" + e.getValue() + ")").toList())));
    }
    return lines;
  }

  private List<Photo> photos(List<Document> all) {
    List<Photo> photos = new ArrayList<>();
    for (Document document : all) {
      if (document.kind() != DocumentKind.FOTO || photos.size() >= MAX_PHOTOS) {
        continue;
      }
      thumbnails.of(document).ifPresent(file -> {
        try {
          photos.add(new Photo(document.fileName(), "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file))));
        } catch (IOException e) {
          // a thumbnail that cannot be read is left out; the photo stays in the documents table
        }
      });
    }
    return photos;
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "–" : text;
  }
}
