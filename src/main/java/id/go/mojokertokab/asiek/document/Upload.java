package id.go.mojokertokab.asiek.document;

import java.time.Instant;

/** A resumable upload: the document it will become, its declared length and SHA-256; {@code documentId} once finished. */
record Upload(String id, String activityNumber, DocumentKind kind, String fileName, long length, String sha256,
    String createdBy, Instant createdAt, Instant updatedAt, String documentId) {

  boolean finished() {
    return documentId != null;
  }
}
