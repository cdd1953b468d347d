package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.security.StaffUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Service;

/**
 * Resumable uploads (the tus 1.0 protocol's core, creation and termination): the client declares the kind, name,
 * length and SHA-256 of the whole file, then sends it in pieces at offsets; a piece cut off anywhere is resumed from
 * the offset the server reports. The partial file is the truth about the offset. The SHA-256 is computed as the pieces
 * arrive (or over the partial file again when this node did not see the earlier pieces) and compared with the declared
 * one before the document exists; a mismatch discards the upload.
 */
@Service
public class ResumableUploads {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResumableUploads.class);

  /** tus checksum-mismatch status. */
  static final HttpStatusCode CHECKSUM_MISMATCH = HttpStatusCode.valueOf(460);
  /** Content is checked as soon as this much has arrived, so a 2 GB ".mp4" that is no video is refused early. */
  static final long HEAD = 64 * 1024;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final DocumentProperties properties;
  private final DocumentStore store;
  private final UploadRepository uploads;
  private final Clock clock;
  /** The digest of each upload's bytes so far, where this node received them in order. */
  private final Map<String, Progress> progress = new ConcurrentHashMap<>();

  private record Progress(MessageDigest digest, long offset) {}

  /** What a piece did: the new offset, and the document once the last byte arrived. */
  public record Appended(long offset, Optional<Document> document) {}

  ResumableUploads(DocumentProperties properties, DocumentStore store, UploadRepository uploads, Clock clock) {
    this.properties = properties;
    this.store = store;
    this.uploads = uploads;
    this.clock = clock;
  }

  Upload create(String activityNumber, DocumentKind kind, String fileName, long length, String sha256, StaffUser user) {
    store.requireActivity(activityNumber);
    String name = DocumentStore.fileName(fileName);
    if (length <= 0) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Berkas \"" + name + "\" kosong.");
    }
    if (length > properties.maxBytes(kind)) {
      throw DocumentStore.tooLarge(kind, name, properties.maxBytes(kind));
    }
    String hash = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(hash).matches()) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST,
          "Metadata \"sha256\" wajib berisi sidik SHA-256 seluruh berkas (64 digit heksadesimal).");
    }
    Instant now = clock.instant();
    Upload upload = new Upload(UUID.randomUUID().toString(), activityNumber, kind, name, length, hash, user.id(), now, now, null);
    try {
      Files.createDirectories(properties.uploads());
      Files.createFile(partial(upload.id()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    uploads.insert(upload);
    return upload;
  }

  /** The user's own upload (administrators see every one); anyone else's is as if it did not exist. */
  Upload get(String id, StaffUser user) {
    return uploads.find(id).filter(u -> u.createdBy().equals(user.id()) || user.isAdmin())
        .orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND, "Unggahan " + id + " tidak ada atau sudah kedaluwarsa."));
  }

  long offset(Upload upload) {
    if (upload.finished()) {
      return upload.length();
    }
    try {
      return Files.size(partial(upload.id()));
    } catch (IOException e) {
      throw new DocumentRefusedException(HttpStatus.NOT_FOUND, "Unggahan " + upload.id() + " tidak ada atau sudah kedaluwarsa.");
    }
  }

  Instant expires(Upload upload) {
    return upload.updatedAt().plus(properties.uploadExpiry());
  }

  /** Appends {@code body} at {@code offset}; the last piece turns the upload into its document. */
  Appended append(String id, long offset, InputStream body, StaffUser user) throws IOException {
    Upload upload = get(id, user);
    if (upload.finished()) {
      throw new DocumentRefusedException(HttpStatus.CONFLICT, "Unggahan ini sudah selesai.");
    }
    Path file = partial(id);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new DocumentRefusedException(HttpStatus.LOCKED, "Bagian lain dari unggahan ini sedang diterima; coba lagi sebentar lagi.");
      }
      long size = channel.size();
      if (offset != size) {
        throw new DocumentRefusedException(HttpStatus.CONFLICT,
            "Upload-Offset " + offset + " tidak sama dengan yang sudah diterima (" + size + "); tanyakan dulu dengan HEAD.");
      }
      MessageDigest digest = digestUpTo(id, file, size);
      long written = size;
      try {
        written = write(channel, body, digest, size, upload.length());
      } finally {
        progress.put(id, new Progress(digest, written));
        uploads.touch(id, clock.instant());
      }
      if (written < upload.length()) {
        if (size < HEAD && written >= HEAD) {
          checkEarly(upload, file);
        }
        return new Appended(written, Optional.empty());
      }
      channel.force(true);
      lock.release();
      return new Appended(written, Optional.of(finish(upload, file, HexFormat.of().formatHex(digest.digest()))));
    } finally {
      if (!uploads.exists(id)) {
        progress.remove(id);
      }
    }
  }

  /** Removes the upload and what arrived of it (tus termination). */
  void abort(String id, StaffUser user) {
    Upload upload = get(id, user);
    discard(upload.id());
  }

  void discard(String id) {
    progress.remove(id);
    DocumentStore.deleteQuietly(partial(id));
    uploads.delete(id);
  }

  Path partial(String id) {
    return properties.uploads().resolve(id);
  }

  private long write(FileChannel channel, InputStream body, MessageDigest digest, long offset, long length) throws IOException {
    byte[] buffer = new byte[DocumentStore.BUFFER];
    long position = offset;
    while (position < length) {
      int read;
      try {
        read = body.read(buffer, 0, (int) Math.min(buffer.length, length - position));
      } catch (IOException cut) {
        // the connection dropped: what arrived is kept, and the client resumes from the offset HEAD reports
        log.debug("Upload piece cut off at {}: {}", position, cut.getMessage());
        return position;
      }
      if (read < 0) {
        return position;
      }
      ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
      while (chunk.hasRemaining()) {
        channel.write(chunk, position + chunk.position());
      }
      digest.update(buffer, 0, read);
      position += read;
    }
    if (body.read() >= 0) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Bagian ini melebihi panjang berkas yang dinyatakan (Upload-Length).");
    }
    return position;
  }

  /** The digest of the first {@code size} bytes: kept from the previous piece, or computed again from the partial file. */
  private MessageDigest digestUpTo(String id, Path file, long size) throws IOException {
    Progress known = progress.get(id);
    if (known != null && known.offset() == size) {
      return known.digest();
    }
    MessageDigest digest = DocumentStore.sha256();
    byte[] buffer = new byte[DocumentStore.BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      long left = size;
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          break;
        }
        digest.update(buffer, 0, read);
        left -= read;
      }
    }
    return digest;
  }

  private void checkEarly(Upload upload, Path file) throws IOException {
    try {
      ContentCheck.check(upload.kind(), upload.fileName(), file);
    } catch (DocumentRefusedException refused) {
      discard(upload.id());
      throw refused;
    }
  }

  private Document finish(Upload upload, Path file, String sha256) throws IOException {
    if (!sha256.equals(upload.sha256())) {
      discard(upload.id());
      throw new DocumentRefusedException(CHECKSUM_MISMATCH, "Sidik SHA-256 berkas \"" + upload.fileName() + "\" yang diterima ("
          + sha256 + ") tidak sama dengan yang dinyatakan (" + upload.sha256() + "); unggahan dibuang, kirim ulang berkasnya.");
    }
    Document document;
    try {
      document = store.keep(upload.activityNumber(), upload.kind(), upload.fileName(), file, sha256, upload.length(), upload.createdBy());
    } catch (DocumentRefusedException refused) {
      discard(upload.id());
      throw refused;
    }
    uploads.finish(upload.id(), document.id(), clock.instant());
    progress.remove(upload.id());
    return document;
  }
}
