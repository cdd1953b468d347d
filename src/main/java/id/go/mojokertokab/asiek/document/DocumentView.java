package id.go.mojokertokab.asiek.document;

import java.time.Instant;

/** A document as /api answers it (issue 9's contract: id, jenis, namaBerkas, ukuran, sha256, mediaType, and more). */
record DocumentView(String id, DocumentKind jenis, String jenisLabel, String namaBerkas, long ukuran, String ukuranTeks,
    String sha256, String mediaType, String diunggahOleh, Instant diunggahPada, String tautan, String gambarKecil) {

  static DocumentView of(Document d) {
    return new DocumentView(d.id(), d.kind(), d.kind().label(), d.fileName(), d.size(), Sizes.format(d.size()), d.sha256(),
        d.mediaType(), d.uploadedBy(), d.uploadedAt(), "/api/dokumen/" + d.id(),
        d.isImage() ? "/api/dokumen/" + d.id() + "/gambar-kecil" : null);
  }
}
