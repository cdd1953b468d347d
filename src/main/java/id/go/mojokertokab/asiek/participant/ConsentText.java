package id.go.mojokertokab.asiek.participant;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consent a participant gives: what is kept, for what, how long, and their rights, in plain Indonesian. Its version
 * names the wording and the retention period it states; each version's exact text is kept in asiek_consent_text, so a
 * registration's consent can be shown word for word years later.
 */
@Component
public record ConsentText(ParticipantProperties properties, JdbcTemplate jdbc, Clock clock) {

  /** Raise when the wording below changes. */
  static final String WORDING = "1";

  public String version() {
    return "v" + WORDING + "-" + properties.retention();
  }

  /** What the data are for, in one paragraph above the form. */
  public String purpose() {
    return "Data Anda (nama, alamat, nomor telepon, e-mail, asal lembaga atau kelas) hanya dipakai untuk pendaftaran "
        + "kegiatan ini, pemberitahuan kepada Anda, dan daftar hadir yang wajib dibuat menurut SOP. Data disimpan sampai "
        + properties.retentionInWords() + " setelah hari terakhir kegiatan, lalu dihapus otomatis.";
  }

  /** The sentence beside the consent box. */
  public String text() {
    return "Saya menyetujui Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto menyimpan dan memakai nama, alamat, "
        + "nomor telepon, e-mail dan asal lembaga atau kelas saya untuk pendaftaran, pemberitahuan dan daftar hadir kegiatan "
        + "Pustaka ASIEK ini, selama " + properties.retentionInWords() + " setelah hari terakhir kegiatan. Saya dapat meminta "
        + "salinan data saya atau penghapusannya kepada dinas kapan saja (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).";
  }

  /** Keeps the current text under its version at start-up, before anyone can agree to it. */
  @EventListener(ApplicationReadyEvent.class)
  void record() {
    String version = version();
    try {
      jdbc.update("""
          insert into asiek_consent_text (version, consent_text, first_used_at)
          select ?, ?, ? where not exists (select 1 from asiek_consent_text where version = ?)""",
          version, text(), Timestamp.from(clock.instant()), version);
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // the same version with the same text, written by another node starting at the same moment
    }
  }

  /** The exact text of a version that someone agreed to. */
  String textOf(String version) {
    return jdbc.queryForList("select consent_text from asiek_consent_text where version = ?", String.class, version)
        .stream().findFirst().orElse(null);
  }
}
