package id.go.mojokertokab.asiek;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/** Form submissions as Tasklist sends them, with values a real registrar and head would enter. */
public final class TestData {

  public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  /** A Monday morning in office hours. */
  public static final ZonedDateTime MONDAY_0900 = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, JAKARTA);

  private TestData() {}

  public static Date date(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }

  public static Map<String, Object> requestLetter(LocalDate today) {
    Map<String, Object> v = new HashMap<>();
    v.put("agendaNumber", "045/123/416-117/2026");
    v.put("letterNumber", "421.2/77/SDN1/2026");
    v.put("letterDate", today.minusDays(3).toString());
    v.put("subject", "Permohonan kegiatan Pustaka ASIEK bagi siswa kelas V");
    v.put("institutionName", "SDN 1 Mojosari");
    v.put("institutionAddress", "Jl. Hayam Wuruk No. 5, Mojosari, Kabupaten Mojokerto");
    v.put("contactName", "Ibu Siti Aminah");
    v.put("contactEmail", "siti.aminah@sdn1mojosari.sch.id");
    v.put("contactPhone", "0812-3456-7890");
    v.put("proposedStartDate", today.plusDays(21).toString());
    v.put("proposedEndDate", today.plusDays(25).toString());
    v.put("expectedParticipants", 40L);
    v.put("requestNote", "Peserta siswa kelas V dan dua guru pendamping.");
    return v;
  }

  public static Map<String, Object> acceptedDisposition() {
    Map<String, Object> v = new HashMap<>();
    v.put("requirementsConfirmed", SpinValues.jsonValue("[\"Kertas lembar disposisi\",\"ATK lainnya\"]").create());
    v.put("dispositionDecision", "DITERIMA");
    v.put("dispositionInstruction", "Koordinasikan jadwal dengan pemohon dan siapkan ruang baca anak.");
    v.put("dispositionForwardedTo", "bidang-pengembangan");
    v.put("dispositionNote", "Prioritaskan minggu kedua bulan depan.");
    v.put("outputConfirmed", true);
    return v;
  }

  public static Map<String, Object> rejectedDisposition() {
    Map<String, Object> v = new HashMap<>();
    v.put("requirementsConfirmed", SpinValues.jsonValue("[\"Kertas lembar disposisi\",\"ATK lainnya\"]").create());
    v.put("dispositionDecision", "DITOLAK");
    v.put("rejectionReason", "Ruang pelatihan pada tanggal yang diusulkan sedang direnovasi.");
    return v;
  }

  public static Map<String, Object> coordination(ZonedDateTime conveyedAt) {
    Map<String, Object> v = new HashMap<>();
    v.put("requirementsConfirmed", SpinValues.jsonValue("[\"Alat komunikasi\"]").create());
    v.put("dispositionConveyedVia", "WHATSAPP");
    v.put("dispositionConveyedAt", conveyedAt.toOffsetDateTime().toString());
    v.put("coordinationNote", "Pemohon setuju; jadwal akan dikonfirmasi setelah pemeriksaan ruang.");
    v.put("outputConfirmed", true);
    return v;
  }
}
