package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Files each closed day's daftar hadir (the PDF kept when the day closed) as a DAFTAR_HADIR document of the activity, so
 * the archive package holds the record the SOP keeps. Called when the activity is archived, after the last erasure
 * that could still change a list; a retried job finds the lists filed and files none twice.
 */
@Service
public record AttendanceFiling(AttendanceDesk attendance, DocumentStore store, DocumentRepository documents) {

  /** @return the attendance documents of the activity, those filed now included */
  public List<Document> fileClosedLists(String activityNumber) {
    List<Document> filed = new ArrayList<>();
    for (AttendanceDay day : attendance.days(activityNumber)) {
      if (!day.closed()) {
        continue;
      }
      String fileName = "daftar-hadir-" + activityNumber + "-" + day.date() + ".pdf";
      Optional<Document> existing = documents.of(activityNumber).stream()
          .filter(d -> d.kind() == DocumentKind.DAFTAR_HADIR && DocumentStore.APPLICATION.equals(d.uploadedBy()) && d.fileName().equals(fileName))
          .findFirst();
      filed.add(existing.orElseGet(() -> store.storeGenerated(activityNumber, DocumentKind.DAFTAR_HADIR, fileName,
          attendance.pdf(activityNumber, day.date()), DocumentStore.APPLICATION)));
    }
    return filed;
  }
}
