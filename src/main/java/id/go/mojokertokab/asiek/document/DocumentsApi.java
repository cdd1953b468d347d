package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.api.Problems;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api for an activity's documents: upload one file (multipart, streamed: {@code jenis} first, then {@code berkas}), the
 * list by kind, and each file with Range requests so a video plays in the browser. Each kind is uploaded and read only
 * by its lanes ({@link DocumentKind}); the routes admit the lanes of any kind.
 */
@RestController
record DocumentsApi(DocumentStore store, DocumentRepository documents, Thumbnails thumbnails) {

  static final String JENIS = "jenis";
  static final String BERKAS = "berkas";
  /** Shown in the browser; everything else is downloaded. None of these runs script. */
  private static final Set<String> INLINE = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp", "text/plain");

  @PostMapping(path = "/api/kegiatan/{number}/dokumen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentView> upload(@PathVariable String number, HttpServletRequest request, @AuthenticationPrincipal StaffUser user)
      throws IOException {
    store.requireActivity(number);
    DocumentKind kind = null;
    Document stored = null;
    try {
      FileItemInputIterator items = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>().getItemIterator(request);
      while (items.hasNext()) {
        FileItemInput item = items.next();
        if (JENIS.equals(item.getFieldName()) && item.isFormField()) {
          kind = kind(read(item.getInputStream()));
          mayUpload(user, kind);
        } else if (BERKAS.equals(item.getFieldName()) && !item.isFormField()) {
          if (kind == null) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST,
                "Kolom \"jenis\" wajib dikirim sebelum \"berkas\", agar batas ukuran jenisnya berlaku sejak bita pertama.");
          }
          if (stored != null) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Kirim satu berkas per permintaan.");
          }
          stored = store.store(number, kind, item.getName(), item.getInputStream(), user.id());
        }
      }
    } catch (FileUploadException e) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Isi permintaan bukan multipart/form-data yang utuh.");
    }
    if (stored == null) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Kolom \"" + (kind == null ? JENIS : BERKAS) + "\" wajib diisi.");
    }
    return ResponseEntity.created(URI.create("/api/dokumen/" + stored.id())).body(DocumentView.of(stored));
  }

  /** The activity's documents of the kinds the user may read, optionally of one kind. */
  @GetMapping("/api/kegiatan/{number}/dokumen")
  List<DocumentView> list(@PathVariable String number, @RequestParam(name = JENIS, required = false) String jenis,
      @AuthenticationPrincipal StaffUser user) {
    DocumentKind only = jenis == null ? null : kind(jenis);
    return store.list(number).stream()
        .filter(d -> only == null || d.kind() == only)
        .filter(d -> user.inAny(d.kind().readers()))
        .map(DocumentView::of).toList();
  }

  @GetMapping("/api/dokumen/{id}")
  ResponseEntity<Resource> download(@PathVariable String id, @AuthenticationPrincipal StaffUser user) {
    Document document = readable(id, user);
    boolean inline = INLINE.contains(document.mediaType()) || document.mediaType().startsWith("video/")
        || document.mediaType().startsWith("audio/");
    ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(document.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        // a file staff uploaded never runs as a page of ours, whatever it holds
        .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'")
        .header("Accept-Ranges", "bytes")
        .eTag("\"" + document.sha256() + "\"")
        .lastModified(document.uploadedAt())
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(new FileSystemResource(store.path(document)));
  }

  @GetMapping("/api/dokumen/{id}/gambar-kecil")
  ResponseEntity<Resource> thumbnail(@PathVariable String id, @AuthenticationPrincipal StaffUser user) {
    Document document = readable(id, user);
    return thumbnails.of(document)
        .map(file -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).eTag("\"" + document.sha256() + "-kecil\"")
            .cacheControl(CacheControl.noCache().cachePrivate()).<Resource>body(new FileSystemResource(file)))
        .orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND, "Dokumen ini tidak memiliki gambar kecil."));
  }

  @ExceptionHandler(DocumentRefusedException.class)
  ResponseEntity<ProblemDetail> refused(DocumentRefusedException e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(e.status(), e.getMessage()));
  }

  private Document readable(String id, StaffUser user) {
    Document document = documents.find(id)
        .orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND, "Dokumen " + id + " tidak ditemukan."));
    if (!user.inAny(document.kind().readers())) {
      throw new DocumentRefusedException(HttpStatus.FORBIDDEN,
          "Hanya " + Lanes.names(document.kind().readers()) + " yang dapat membuka " + document.kind().label() + ".");
    }
    return document;
  }

  static void mayUpload(StaffUser user, DocumentKind kind) {
    if (!user.inAny(kind.uploaders())) {
      throw new DocumentRefusedException(HttpStatus.FORBIDDEN,
          "Hanya " + Lanes.names(kind.uploaders()) + " yang dapat mengunggah " + kind.label() + ".");
    }
  }

  static DocumentKind kind(String value) {
    String name = value == null ? "" : value.strip();
    return Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(name)).findFirst()
        .orElseThrow(() -> new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Kolom \"jenis\" harus salah satu dari "
            + String.join(", ", Arrays.stream(DocumentKind.values()).map(Enum::name).toList()) + "."));
  }

  private static String read(InputStream in) throws IOException {
    byte[] value = in.readNBytes(100);
    return new String(value, StandardCharsets.UTF_8);
  }
}
