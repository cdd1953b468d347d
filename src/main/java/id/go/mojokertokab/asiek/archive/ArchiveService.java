package id.go.mojokertokab.asiek.archive;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentRepository;
import id.go.mojokertokab.asiek.document.DocumentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes an activity's package once: into a temporary folder beside the archive (same file system), verified there, then
 * renamed into {@code dir/{nomor}} atomically. A retried job finds the finished package, verifies it and writes no
 * second one; an existing folder is never overwritten. The process wiring calls {@link #archive(String)} from the
 * archiving step (row 8).
 */
@Service
public record ArchiveService(ArchiveProperties properties, ArchiveRepository packages, ActivityRepository activities,
    DocumentRepository documents, DocumentStore store, Clock clock) {

  private static final Logger log = LoggerFactory.getLogger(ArchiveService.class);
  static final String DOCUMENT_LIST = "dokumen-kegiatan.tsv";

  /** The activity's package, written now if it is not there yet; fails (for Cockpit) if an existing one does not verify. */
  public ArchivePackage archive(String activityNumber) {
    Activity activity = activities.get(activityNumber);
    Optional<ArchivePackage> recorded = packages.find(activityNumber);
    if (recorded.isPresent()) {
      return recorded.get();
    }
    Path target = bagOf(activityNumber);
    if (!Files.exists(target)) {
      write(activity, target);
    }
    return adopt(activityNumber, target);
  }

  public Optional<ArchivePackage> find(String activityNumber) {
    return packages.find(activityNumber);
  }

  public List<ArchivePackage> all() {
    return packages.all();
  }

  /** Verifies the package again and records what was found. */
  public Bag.Verification verify(ArchivePackage archived) {
    Bag.Verification verification = Bag.verify(Path.of(archived.bagPath()));
    packages.verified(archived.activityNumber(), clock.instant(), verification.intact(), verification.problems());
    return verification;
  }

  public Path bagOf(String activityNumber) {
    return properties.dir().resolve(activityNumber);
  }

  Bag.Verification manifestOf(ArchivePackage archived) {
    return Bag.verify(Path.of(archived.bagPath()));
  }

  /** Records the package found in place (written just now, or by an earlier try whose transaction did not commit). */
  private ArchivePackage adopt(String activityNumber, Path target) {
    Bag.Verification verification = Bag.verify(target);
    if (!verification.intact()) {
      throw new IllegalStateException("Paket arsip " + target + " sudah ada tetapi tidak utuh; tidak ditimpa. Periksa: "
          + String.join(" ", verification.problems()));
    }
    Instant now = clock.instant();
    LocalDate baggingDate;
    try {
      baggingDate = LocalDate.parse(Bag.bagInfo(target).get("Bagging-Date"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ArchivePackage archived = new ArchivePackage(activityNumber, target.toString(), verification.octets() + "." + verification.streams(),
        baggingDate, now, now, true, List.of());
    packages.insert(archived);
    log.info("Archive package of {} in {} ({} files, {} bytes)", activityNumber, target, verification.streams(), verification.octets());
    return archived;
  }

  private void write(Activity activity, Path target) {
    Path temporary = properties.dir().resolve(".sementara-" + activity.activityNumber() + "-" + UUID.randomUUID());
    try {
      Files.createDirectories(properties.dir());
      List<Document> records = documents.of(activity.activityNumber());
      List<Bag.Payload> payload = new ArrayList<>();
      StringBuilder list = new StringBuilder("berkas\tid\tjenis\tnama_asli\tukuran\tsha256\tmedia_type\tdiunggah_oleh\tdiunggah_pada\n");
      Map<DocumentKind, Integer> counters = new EnumMap<>(DocumentKind.class);
      for (Document document : records) {
        int n = counters.merge(document.kind(), 1, Integer::sum);
        String path = document.kind().folder() + "/" + String.format("%02d", n) + "-" + safeName(document.fileName());
        payload.add(new Bag.Payload(store.path(document), path, document.sha256()));
        list.append(String.join("\t", "data/" + path, document.id(), document.kind().name(), cell(document.fileName()),
            Long.toString(document.size()), document.sha256(), document.mediaType(), cell(document.uploadedBy()),
            document.uploadedAt().toString())).append('\n');
      }
      LocalDate today = LocalDate.now(clock);
      LinkedHashMap<String, String> info = new LinkedHashMap<>();
      info.put("Source-Organization", properties.sourceOrganization());
      info.put("Organization-Address", properties.organizationAddress());
      info.put("External-Identifier", activity.activityNumber());
      info.put("External-Description", "Kegiatan Pustaka ASIEK (SOP 041/936.2/416-117/2021) bersama " + activity.institutionName()
          + ": " + activity.subject());
      info.put("Nomor-Agenda-Surat", activity.agendaNumber());
      info.put("Nomor-Surat-Permohonan", activity.letterNumber());
      info.put("Bagging-Date", today.toString());
      info.put("Retention-Class", properties.retentionClass());
      info.put("Retention-Period", properties.retentionPeriod());
      info.put("Bag-Software-Agent", "Pustaka ASIEK");
      Bag.write(temporary, payload, info, Map.of(DOCUMENT_LIST, list.toString()));
      Bag.Verification verification = Bag.verify(temporary);
      if (!verification.intact()) {
        throw new IllegalStateException("Paket arsip " + activity.activityNumber() + " tidak utuh setelah ditulis: "
            + String.join(" ", verification.problems()));
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      log.info("Archive package of {} was written by another try meanwhile; keeping that one", activity.activityNumber());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(temporary);
    }
  }

  /** A name that reads the same on any file system and in any tool, decades from now: ASCII letters, digits, ".-_". */
  static String safeName(String fileName) {
    String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String safe = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+", "");
    if (safe.isEmpty()) {
      return "berkas";
    }
    return safe.length() > 120 ? safe.substring(safe.length() - 120) : safe;
  }

  private static String cell(String text) {
    return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
  }

  static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", folder, e.getMessage());
    }
  }
}
