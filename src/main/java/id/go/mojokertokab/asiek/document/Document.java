package id.go.mojokertokab.asiek.document;

import java.time.Instant;

/** One stored file of an activity: what it is, its name as uploaded, its size, SHA-256 and detected media type. */
public record Document(String id, String activityNumber, DocumentKind kind, String fileName, long size, String sha256,
    String mediaType, String uploadedBy, Instant uploadedAt) {

  public boolean isImage() {
    return mediaType.startsWith("image/");
  }
}
