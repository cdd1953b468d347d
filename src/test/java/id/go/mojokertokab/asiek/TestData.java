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
    v.putAll(schedule(LocalDate.of(2026, 12, 21)));
    return v;
  }

  /** Opening and material on {@code first} (a Monday), practice the next day, in the training room. */
  public static Map<String, Object> schedule(LocalDate first) {
    Map<String, Object> v = new HashMap<>();
    LocalDate second = first.plusDays(1);
    v.put("sessions", SpinValues.jsonValue("[" + session("PEMBUKAAN", first, "08:00", "09:00") + ","
        + session("MATERI", first, "09:00", "15:00") + "," + session("PRAKTIK", second, "08:00", "15:00") + "]").create());
    v.put("roomId", "ruang-pelatihan");
    v.put("speakerId", "narasumber-pustakawan");
    v.put("capacity", 30L);
    v.put("registrationDeadline", first.minusDays(3).toString());
    v.put("equipment", SpinValues.jsonValue("[{\"resourceId\":\"proyektor\",\"quantity\":1},{\"resourceId\":\"pc-printer\",\"quantity\":5}]").create());
    return v;
  }

  static String session(String type, LocalDate date, String start, String end) {
    return "{\"sessionType\":\"" + type + "\",\"sessionDate\":\"" + date + "\",\"startTime\":\"" + start + "\",\"endTime\":\"" + end + "\"}";
  }

  public static Map<String, Object> preparedEquipment() {
    Map<String, Object> v = new HashMap<>();
    v.put("requirementsConfirmed", SpinValues.jsonValue("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]").create());
    // the equipment booked by schedule(): every piece ticked
    v.put("equipmentPrepared", SpinValues.jsonValue("[\"proyektor\",\"pc-printer\"]").create());
    v.put("outputConfirmed", true);
    return v;
  }

  public static Map<String, Object> preparedRoom(ZonedDateTime readyAt) {
    Map<String, Object> v = new HashMap<>();
    v.put("requirementsConfirmed", SpinValues.jsonValue("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]").create());
    v.put("roomReadyAt", readyAt.toOffsetDateTime().toString());
    v.put("outputConfirmed", true);
    return v;
  }

  public static Map<String, Object> speakerConfirmation() {
    Map<String, Object> v = new HashMap<>();
    v.put("requirementsConfirmed", SpinValues.jsonValue("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]").create());
    v.put("speakerAttendanceConfirmed", true);
    v.put("materialTitle", "Mengenal katalog dan menelusur koleksi perpustakaan");
    v.put("materialOutline", "1. Jenis koleksi. 2. Katalog daring. 3. Praktik menelusur.");
    return v;
  }
}
