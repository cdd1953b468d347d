package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.api.Problems;
import id.go.mojokertokab.asiek.security.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resumable uploads over the tus 1.0.0 protocol (core, creation, termination, expiration), so standard tus clients work:
 * {@code POST /api/kegiatan/{nomor}/unggahan} with {@code Upload-Length} and {@code Upload-Metadata} (jenis, filename,
 * sha256 of the whole file, each base64 as tus wants), then {@code PATCH /api/unggahan/{id}} pieces at
 * {@code Upload-Offset}, {@code HEAD} to learn the offset after a cut. The last piece answers with the document's
 * address in {@code Asiek-Dokumen}; {@code GET /api/unggahan/{id}} tells the same as JSON.
 */
@RestController
class UploadsApi {

  static final String TUS_VERSION = "1.0.0";
  static final String OFFSET_STREAM = "application/offset+octet-stream";
  static final String DOCUMENT_HEADER = "Asiek-Dokumen";

  private final ResumableUploads uploads;
  private final DocumentProperties properties;

  UploadsApi(ResumableUploads uploads, DocumentProperties properties) {
    this.uploads = uploads;
    this.properties = properties;
  }

  /** What this server speaks (tus discovery). */
  @RequestMapping(path = "/api/unggahan", method = RequestMethod.OPTIONS)
  ResponseEntity<Void> options() {
    return ResponseEntity.noContent().header("Tus-Resumable", TUS_VERSION).header("Tus-Version", TUS_VERSION)
        .header("Tus-Extension", "creation,termination,expiration")
        .header("Tus-Max-Size", Long.toString(properties.largestMaxBytes())).build();
  }

  @PostMapping("/api/kegiatan/{number}/unggahan")
  ResponseEntity<Void> create(@PathVariable String number, @RequestHeader(name = "Tus-Resumable", required = false) String version,
      @RequestHeader(name = "Upload-Length", required = false) String length,
      @RequestHeader(name = "Upload-Metadata", required = false) String metadata, @AuthenticationPrincipal StaffUser user) {
    requireVersion(version);
    Map<String, String> meta = metadata(metadata);
    DocumentKind kind = DocumentsApi.kind(meta.get("jenis"));
    DocumentsApi.mayUpload(user, kind);
    Upload upload = uploads.create(number, kind, meta.getOrDefault("filename", meta.get("name")), number(length, "Upload-Length"),
        meta.get("sha256"), user);
    return ResponseEntity.created(URI.create("/api/unggahan/" + upload.id())).header("Tus-Resumable", TUS_VERSION)
        .header("Upload-Expires", httpDate(upload)).build();
  }

  @RequestMapping(path = "/api/unggahan/{id}", method = RequestMethod.HEAD)
  ResponseEntity<Void> offset(@PathVariable String id, @AuthenticationPrincipal StaffUser user) {
    Upload upload = uploads.get(id, user);
    ResponseEntity.BodyBuilder reply = ResponseEntity.ok().header("Tus-Resumable", TUS_VERSION)
        .header("Upload-Offset", Long.toString(uploads.offset(upload))).header("Upload-Length", Long.toString(upload.length()))
        .header("Upload-Expires", httpDate(upload)).cacheControl(CacheControl.noStore());
    if (upload.finished()) {
      reply.header(DOCUMENT_HEADER, "/api/dokumen/" + upload.documentId());
    }
    return reply.build();
  }

  record UploadStatus(String id, String jenis, String namaBerkas, long panjang, long diterima, boolean selesai, String dokumen) {}

  @GetMapping("/api/unggahan/{id}")
  ResponseEntity<UploadStatus> status(@PathVariable String id, @AuthenticationPrincipal StaffUser user) {
    Upload upload = uploads.get(id, user);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new UploadStatus(upload.id(), upload.kind().name(),
        upload.fileName(), upload.length(), uploads.offset(upload), upload.finished(),
        upload.finished() ? "/api/dokumen/" + upload.documentId() : null));
  }

  @PatchMapping("/api/unggahan/{id}")
  ResponseEntity<Void> append(@PathVariable String id, @RequestHeader(name = "Tus-Resumable", required = false) String version,
      @RequestHeader(name = "Upload-Offset", required = false) String offset,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType, HttpServletRequest request,
      @AuthenticationPrincipal StaffUser user) throws IOException {
    requireVersion(version);
    if (contentType == null || !MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType(OFFSET_STREAM))) {
      throw new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Bagian berkas dikirim dengan Content-Type: " + OFFSET_STREAM + ".");
    }
    ResumableUploads.Appended appended = uploads.append(id, number(offset, "Upload-Offset"), request.getInputStream(), user);
    ResponseEntity.HeadersBuilder<?> reply = ResponseEntity.noContent().header("Tus-Resumable", TUS_VERSION)
        .header("Upload-Offset", Long.toString(appended.offset()));
    appended.document().ifPresent(document -> reply.header(DOCUMENT_HEADER, "/api/dokumen/" + document.id()));
    return reply.build();
  }

  @DeleteMapping("/api/unggahan/{id}")
  ResponseEntity<Void> abort(@PathVariable String id, @RequestHeader(name = "Tus-Resumable", required = false) String version,
      @AuthenticationPrincipal StaffUser user) {
    requireVersion(version);
    uploads.abort(id, user);
    return ResponseEntity.noContent().header("Tus-Resumable", TUS_VERSION).build();
  }

  @ExceptionHandler(DocumentRefusedException.class)
  ResponseEntity<ProblemDetail> refused(DocumentRefusedException e) {
    return ResponseEntity.status(e.status()).header("Tus-Resumable", TUS_VERSION).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(e.status(), e.getMessage()));
  }

  private static void requireVersion(String version) {
    if (!TUS_VERSION.equals(version)) {
      throw new DocumentRefusedException(HttpStatus.PRECONDITION_FAILED, "Kirim header Tus-Resumable: " + TUS_VERSION + ".");
    }
  }

  private static long number(String value, String header) {
    try {
      long number = Long.parseLong(value == null ? "" : value.strip());
      if (number < 0) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Header " + header + " wajib berisi bilangan bulat tidak negatif.");
    }
  }

  /** tus metadata: "key base64value,key base64value". */
  static Map<String, String> metadata(String header) {
    Map<String, String> values = new HashMap<>();
    if (header == null || header.isBlank()) {
      return values;
    }
    for (String pair : header.split(",")) {
      String[] parts = pair.strip().split(" ", 2);
      try {
        values.put(parts[0], parts.length == 1 ? "" : new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Upload-Metadata \"" + parts[0] + "\" bukan base64.");
      }
    }
    return values;
  }

  private String httpDate(Upload upload) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(uploads.expires(upload).atOffset(ZoneOffset.UTC));
  }
}
