package id.go.mojokertokab.asiek.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where documents live and how large each kind may be.
 *
 * @param dir the document store (ASIEK_DOCUMENTS_DIR, by default ASIEK_DATA_DIR/dokumen); uploads in progress and
 *     temporary files live inside it, so that a finished file is moved into place atomically
 * @param maxSize limits per kind, e.g. {@code asiek.documents.max-size.VIDEO=8GB}; a kind not named keeps its default
 * @param uploadExpiry how long an unfinished resumable upload may rest before it and its partial file are removed
 * @param cleanupInterval how often expired uploads and orphan files are looked for
 */
@ConfigurationProperties("asiek.documents")
public record DocumentProperties(
    Path dir,
    Map<DocumentKind, DataSize> maxSize,
    @DefaultValue("P1D") Duration uploadExpiry,
    @DefaultValue("PT1H") Duration cleanupInterval) {

  public DocumentProperties {
    if (dir == null) {
      throw new IllegalArgumentException("asiek.documents.dir must name a folder (ASIEK_DOCUMENTS_DIR)");
    }
    Map<DocumentKind, DataSize> limits = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      DataSize limit = maxSize == null ? null : maxSize.get(kind);
      if (limit != null && limit.toBytes() <= 0) {
        throw new IllegalArgumentException("asiek.documents.max-size." + kind + " must be more than 0 bytes");
      }
      limits.put(kind, limit == null ? kind.defaultMaxSize() : limit);
    }
    maxSize = Map.copyOf(limits);
    if (uploadExpiry.isNegative() || uploadExpiry.isZero() || cleanupInterval.isNegative() || cleanupInterval.isZero()) {
      throw new IllegalArgumentException("asiek.documents.upload-expiry and cleanup-interval must be positive durations");
    }
  }

  public long maxBytes(DocumentKind kind) {
    return maxSize.get(kind).toBytes();
  }

  /** The largest limit of any kind: what an upload may reach before its kind is known. */
  public long largestMaxBytes() {
    return maxSize.values().stream().mapToLong(DataSize::toBytes).max().orElseThrow();
  }

  Path files() {
    return dir.resolve("berkas");
  }

  Path uploads() {
    return dir.resolve("unggahan");
  }

  Path temporary() {
    return dir.resolve("sementara");
  }

  Path thumbnails() {
    return dir.resolve("gambar-kecil");
  }
}
