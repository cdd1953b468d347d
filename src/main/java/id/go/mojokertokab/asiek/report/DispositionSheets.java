package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentStore;
import id.go.mojokertokab.asiek.pdf.PdfRenderer;
import id.go.mojokertokab.asiek.security.Lanes;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The disposition sheet (lembar disposisi) as PDF, from the letter and the KADIS's decision, stored as a document of
 * the activity. The process wiring calls {@link #storeFromHistory} from an asynchronous step after the KADIS's task (or
 * {@link #store} with a {@link Disposition} it read itself); a retried job finds the sheet and stores no second one.
 */
@Service
public record DispositionSheets(PdfRenderer pdf, ActivityRepository activities, DocumentStore store,
    DocumentRepository documents, ProcessHistory history, OfficeCalendar calendar) {

  /** Who "uploaded" what the application made itself. */
  public static final String GENERATED_BY = DocumentStore.APPLICATION;

  /** What the sheet shows, in words. */
  record Sheet(String activityNumber, String institution, String receivedOn, String letterNumber, String agendaNumber,
      String letterDate, String subject, boolean accepted, String decision, String forwardedTo, String instruction, String note,
      String decidedOn, String decidedAt, String decidedBy) {}

  public Document store(String activityNumber, Disposition disposition) {
    String fileName = fileName(activityNumber);
    Optional<Document> stored = documents.of(activityNumber).stream()
        .filter(d -> d.kind() == DocumentKind.LEMBAR_DISPOSISI && GENERATED_BY.equals(d.uploadedBy()) && d.fileName().equals(fileName))
        .findFirst();
    if (stored.isPresent()) {
      return stored.get();
    }
    return store.storeGenerated(activityNumber, DocumentKind.LEMBAR_DISPOSISI, fileName, render(activities.get(activityNumber), disposition),
        GENERATED_BY);
  }

  /** The sheet of the disposition recorded in the process's history; fails while the KADIS has not decided. */
  public Document storeFromHistory(String activityNumber) {
    Activity activity = activities.get(activityNumber);
    Disposition disposition = history.disposition(activity.processInstanceId())
        .orElseThrow(() -> new IllegalStateException("KADIS belum mendisposisi permohonan " + activityNumber + "."));
    return store(activityNumber, disposition);
  }

  public byte[] render(Activity activity, Disposition disposition) {
    String zoneDay = IndonesianDates.date(disposition.decidedAt().atZone(calendar.properties().zone()).toLocalDate());
    Sheet sheet = new Sheet(activity.activityNumber(), activity.institutionName(),
        IndonesianDates.date(activity.registeredAt().atZone(calendar.properties().zone()).toLocalDate()), activity.letterNumber(),
        activity.agendaNumber(), IndonesianDates.date(activity.letterDate()), activity.subject(), disposition.accepted(),
        disposition.accepted() ? "Diterima" : "Ditolak",
        disposition.forwardedTo() == null ? "–" : Lanes.name(disposition.forwardedTo()),
        disposition.accepted() ? orDash(disposition.instruction()) : orDash(disposition.rejectionReason()), disposition.note(),
        zoneDay, calendar.formatDateTime(disposition.decidedAt()), history.nameOf(disposition.decidedBy()));
    return pdf.render("lembar-disposisi", Map.of("s", sheet));
  }

  static String fileName(String activityNumber) {
    return "lembar-disposisi-" + activityNumber + ".pdf";
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "–" : text;
  }
}
