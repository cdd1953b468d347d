package id.go.mojokertokab.asiek.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code asiek.documents.cleanup-interval}: uploads untouched for {@code upload-expiry} are removed with what
 * arrived of them, and so are files that no row claims (a crash between a file's move and its row, a rolled-back
 * transaction) once they are that old. Nothing younger is touched, so a file being stored right now is safe.
 */
@Component
record UploadCleanup(DocumentProperties properties, UploadRepository uploads, DocumentRepository documents,
    ResumableUploads resumable, Clock clock) {

  private static final Logger log = LoggerFactory.getLogger(UploadCleanup.class);

  /** @return how many uploads and files were removed */
  @Scheduled(fixedDelayString = "${asiek.documents.cleanup-interval:PT1H}", initialDelayString = "${asiek.documents.cleanup-interval:PT1H}")
  int clean() {
    Instant before = clock.instant().minus(properties.uploadExpiry());
    int removed = 0;
    for (Upload upload : uploads.untouchedSince(before)) {
      resumable.discard(upload.id());
      removed++;
    }
    removed += removeOld(properties.uploads(), before, file -> !uploads.exists(file.getFileName().toString()));
    removed += removeOld(properties.temporary(), before, file -> true);
    removed += removeOld(properties.files(), before, file -> !documents.exists(file.getFileName().toString()));
    removed += removeOld(properties.thumbnails(), before, file -> !documents.exists(file.getFileName().toString().replace(".jpg", "")));
    if (removed > 0) {
      log.info("Removed {} expired uploads and orphan files from {}", removed, properties.dir());
    }
    return removed;
  }

  private int removeOld(Path folder, Instant before, Predicate<Path> orphan) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    List<Path> old;
    try (Stream<Path> files = Files.walk(folder)) {
      old = files.filter(Files::isRegularFile).filter(file -> modified(file).isBefore(before)).toList();
    } catch (IOException e) {
      log.warn("Could not read {}: {}", folder, e.getMessage());
      return 0;
    }
    int removed = 0;
    for (Path file : old) {
      if (orphan.test(file)) {
        DocumentStore.deleteQuietly(file);
        removed++;
      }
    }
    return removed;
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.MAX;
    }
  }
}
