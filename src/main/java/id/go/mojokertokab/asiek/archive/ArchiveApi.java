package id.go.mojokertokab.asiek.archive;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * /api for archive packages: the record of one (path, Payload-Oxum, the manifest's checksums, when last verified and
 * what was found), the package as a zip streamed straight from disk, and archiving an activity now (what the archiving
 * step of the process will call).
 */
@RestController
record ArchiveApi(ArchiveService archive, ActivityRepository activities) {

  static final List<String> ARCHIVISTS = List.of(Lanes.BIDANG_PENGEMBANGAN, Lanes.KADIS);

  record Entry(String berkas, String sha256) {}

  record PackageView(String nomorKegiatan, String lokasi, String payloadOxum, LocalDate tanggalPengemasan, Instant dibuatPada,
      Instant terakhirDiperiksa, boolean utuh, List<String> masalah, List<Entry> manifest, String zip) {}

  @GetMapping("/api/arsip")
  List<PackageView> all() {
    return archive.all().stream().map(p -> view(p, List.of())).toList();
  }

  @GetMapping("/api/arsip/{number}")
  PackageView one(@PathVariable String number) {
    ArchivePackage archived = found(number);
    List<Entry> manifest;
    try {
      manifest = Bag.readManifest(Path.of(archived.bagPath()).resolve(Bag.MANIFEST)).entrySet().stream()
          .map(e -> new Entry(e.getKey(), e.getValue())).toList();
    } catch (IOException e) {
      manifest = List.of();
    }
    return view(archived, manifest);
  }

  @PostMapping("/api/kegiatan/{number}/arsip")
  ResponseEntity<PackageView> create(@PathVariable String number) {
    activities.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan dengan nomor " + number + "."));
    ArchivePackage archived = archive.archive(number);
    return ResponseEntity.created(URI.create("/api/arsip/" + number)).body(view(archived, List.of()));
  }

  /** The bag as a zip, each file streamed from disk (Zip64 where needed): nothing is held in memory or in a temp file. */
  @GetMapping("/api/arsip/{number}.zip")
  void zip(@PathVariable String number, HttpServletResponse response) throws IOException {
    ArchivePackage archived = found(number);
    Path bag = Path.of(archived.bagPath());
    response.setContentType("application/zip");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(number + ".zip", StandardCharsets.UTF_8).build().toString());
    try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8);
         Stream<Path> files = Files.walk(bag)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        ZipEntry entry = new ZipEntry(number + "/" + bag.relativize(file).toString().replace('\\', '/'));
        entry.setLastModifiedTime(Files.getLastModifiedTime(file));
        zip.putNextEntry(entry);
        try (InputStream in = Files.newInputStream(file)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private ArchivePackage found(String number) {
    return archive.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Kegiatan " + number + " belum memiliki paket arsip."));
  }

  private static PackageView view(ArchivePackage p, List<Entry> manifest) {
    return new PackageView(p.activityNumber(), p.bagPath(), p.payloadOxum(), p.baggingDate(), p.createdAt(), p.lastVerifiedAt(),
        p.intact(), p.problems(), manifest, "/api/arsip/" + p.activityNumber() + ".zip");
  }

  /** The archive belongs to Bidang Pengembangan (row 8), read by the KADIS too. */
  @Bean
  static ApiAccess.Rules archiveAccess() {
    return ApiAccess.rules(
        ApiAccess.lanes(HttpMethod.GET, "/api/arsip/**", "membuka arsip kegiatan", ARCHIVISTS),
        ApiAccess.lanes(HttpMethod.GET, "/api/arsip", "membuka arsip kegiatan", ARCHIVISTS),
        ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/arsip", "mengarsipkan kegiatan",
            List.of(Lanes.BIDANG_PENGEMBANGAN)));
  }
}
