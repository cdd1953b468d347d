package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Keeps the files of activities under {@link DocumentProperties#dir()}: each arrives in a temporary file of the same
 * file system (streamed, hashed on the way, cut off at its kind's limit), is checked by content, and is moved into
 * place before its row is written. A file whose row never commits is an orphan that {@link UploadCleanup} removes.
 */
@Service
public record DocumentStore(DocumentProperties properties, DocumentRepository documents,
    ActivityRepository activities, Clock clock) {

  /** Who "uploaded" the files the application makes itself (disposition sheet, report, closed attendance lists). */
  public static final String APPLICATION = "pustaka-asiek";

  private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
  static final int BUFFER = 64 * 1024;

  /** Streams {@code content} into the store as a document of the activity; refused when too large or of the wrong content. */
  public Document store(String activityNumber, DocumentKind kind, String fileName, InputStream content, String uploadedBy) {
    requireActivity(activityNumber);
    String name = fileName(fileName);
    Path temporary = temporaryFile();
    try {
      Received received = receive(content, temporary, properties.maxBytes(kind), kind, name);
      return keep(activityNumber, kind, name, temporary, received.sha256(), received.size(), uploadedBy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /** A file the application made (a PDF), stored like an upload. */
  public Document storeGenerated(String activityNumber, DocumentKind kind, String fileName, byte[] content, String createdBy) {
    return store(activityNumber, kind, fileName, new java.io.ByteArrayInputStream(content), createdBy);
  }

  public List<Document> list(String activityNumber) {
    requireActivity(activityNumber);
    return documents.of(activityNumber);
  }

  public Path path(Document document) {
    return properties.files().resolve(document.activityNumber()).resolve(document.id());
  }

  void requireActivity(String activityNumber) {
    if (activityNumber == null || activities.find(activityNumber).isEmpty()) {
      throw new DocumentRefusedException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan dengan nomor " + activityNumber + ".");
    }
  }

  /**
   * Checks the received file, moves it into place and records it. {@code file} is gone afterwards, or still in its
   * place when refused.
   */
  Document keep(String activityNumber, DocumentKind kind, String fileName, Path file, String sha256, long size, String uploadedBy)
      throws IOException {
    String mediaType = ContentCheck.check(kind, fileName, file);
    Document document = new Document(UUID.randomUUID().toString(), activityNumber, kind, fileName, size, sha256, mediaType,
        uploadedBy, clock.instant());
    Path target = path(document);
    Files.createDirectories(target.getParent());
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    try {
      documents.insert(document);
    } catch (RuntimeException e) {
      deleteQuietly(target);
      throw e;
    }
    log.info("Document {} ({}, {} bytes, {}) of {} stored by {}", document.id(), kind, size, mediaType, activityNumber, uploadedBy);
    return document;
  }

  record Received(long size, String sha256) {}

  /** Copies the stream to the file, hashing it, and refuses it as soon as it passes {@code limit} bytes. */
  static Received receive(InputStream content, Path file, long limit, DocumentKind kind, String fileName) throws IOException {
    MessageDigest digest = sha256();
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
        size += read;
        if (size > limit) {
          throw tooLarge(kind, fileName, limit);
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    }
    if (size == 0) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Berkas \"" + fileName + "\" kosong.");
    }
    return new Received(size, HexFormat.of().formatHex(digest.digest()));
  }

  static DocumentRefusedException tooLarge(DocumentKind kind, String fileName, long limit) {
    return new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
        "Berkas \"" + fileName + "\" melebihi batas ukuran " + kind.label() + " (" + Sizes.format(limit) + ").");
  }

  Path temporaryFile() {
    try {
      Files.createDirectories(properties.temporary());
      return Files.createTempFile(properties.temporary(), "masuk-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name as uploaded, without any folder a browser sent along, control characters or more than 200 characters. */
  static String fileName(String uploaded) {
    String name = uploaded == null ? "" : uploaded.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "berkas";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {}: {}", file, e.getMessage());
    }
  }
}
