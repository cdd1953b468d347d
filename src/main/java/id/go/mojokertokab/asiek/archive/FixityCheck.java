package id.go.mojokertokab.asiek.archive;

import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import id.go.mojokertokab.asiek.notification.StaffDirectory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code asiek.archive.fixity-interval} every package is verified again, byte for byte. A package that no longer
 * verifies is marked in its record (GET /api/arsip/{nomor} shows the problems), logged as an error, and mailed once per
 * distinct finding to the archive's lane ({@code asiek.archive.alarm-group}). Not a Camunda incident: an incident
 * needs a running execution, and an archived activity's process has ended.
 */
@Component
record FixityCheck(ArchiveService archive, ArchiveProperties properties, MailService mail, StaffDirectory staff) {

  private static final Logger log = LoggerFactory.getLogger(FixityCheck.class);

  /** @return the activity numbers whose package did not verify */
  @Scheduled(fixedDelayString = "${asiek.archive.fixity-interval:P1D}", initialDelayString = "${asiek.archive.fixity-interval:P1D}")
  List<String> verifyAll() {
    List<String> broken = new ArrayList<>();
    for (ArchivePackage archived : archive.all()) {
      Bag.Verification verification = archive.verify(archived);
      if (!verification.intact()) {
        broken.add(archived.activityNumber());
        log.error("Archive package of {} in {} does not verify: {}", archived.activityNumber(), archived.bagPath(),
            verification.problems());
        alarm(archived, verification.problems());
      }
    }
    return broken;
  }

  private void alarm(ArchivePackage archived, List<String> problems) {
    String findings = String.join("\n", problems);
    String key = "arsip-rusak:" + archived.activityNumber() + ":"
        + UUID.nameUUIDFromBytes(findings.getBytes(StandardCharsets.UTF_8));
    String body = """
        Pemeriksaan berkala arsip menemukan bahwa paket arsip kegiatan %s tidak lagi utuh.

        Lokasi paket: %s
        Temuan:
        %s

        Pulihkan berkas yang rusak atau hilang dari cadangan, lalu periksa ulang dengan:
          cd %s && sha256sum -c manifest-sha256.txt && sha256sum -c tagmanifest-sha256.txt

        Pesan ini dikirim otomatis oleh Pustaka ASIEK.
        """.formatted(archived.activityNumber(), archived.bagPath(), findings.replaceAll("(?m)^", "- "), archived.bagPath());
    try {
      mail.sendOnce(new OutgoingMail(key, staff.emailsOf(properties.alarmGroup()),
          "[Pustaka ASIEK] Arsip " + archived.activityNumber() + " tidak utuh", body));
    } catch (RuntimeException e) {
      log.error("Could not mail the archive alarm for {}: {}", archived.activityNumber(), e.getMessage());
    }
  }
}
