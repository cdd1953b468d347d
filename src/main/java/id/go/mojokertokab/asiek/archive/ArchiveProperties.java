package id.go.mojokertokab.asiek.archive;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir where the packages live, one folder per activity (ASIEK_ARCHIVE_DIR, by default ASIEK_DATA_DIR/arsip)
 * @param fixityInterval how often every package is verified again (ASIEK_FIXITY_INTERVAL, ISO-8601, e.g. P1D)
 * @param alarmGroup the lane told by mail when a package no longer verifies (ASIEK_ARCHIVE_ALARM_GROUP)
 * @param sourceOrganization bag-info Source-Organization
 * @param organizationAddress bag-info Organization-Address
 * @param retentionClass bag-info Retention-Class: the class of the office's retention schedule (JRA) the package keeps
 * @param retentionPeriod bag-info Retention-Period, as the schedule words it
 */
@ConfigurationProperties("asiek.archive")
public record ArchiveProperties(
    Path dir,
    @DefaultValue("P1D") Duration fixityInterval,
    @DefaultValue("bidang-pengembangan") String alarmGroup,
    @DefaultValue("Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto") String sourceOrganization,
    @DefaultValue("Jl. Raya Jabon Km. 4, Mojoanyar, Kabupaten Mojokerto, Jawa Timur") String organizationAddress,
    @DefaultValue("Arsip kegiatan kerja sama layanan perpustakaan") String retentionClass,
    @DefaultValue("10 tahun setelah kegiatan selesai, kemudian dinilai kembali") String retentionPeriod) {

  public ArchiveProperties {
    if (dir == null) {
      throw new IllegalArgumentException("asiek.archive.dir must name a folder (ASIEK_ARCHIVE_DIR)");
    }
    if (fixityInterval.isNegative() || fixityInterval.isZero()) {
      throw new IllegalArgumentException("asiek.archive.fixity-interval must be a positive duration, e.g. P1D");
    }
  }
}
