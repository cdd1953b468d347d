package id.go.mojokertokab.asiek;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/** Form submissions as Tasklist sends them, with values a real registrar and head would enter. */
public final class TestData {

  public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  /** A Monday morning in office hours. */
  public static final ZonedDateTime MONDAY_0900 = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, JAKARTA);
  /** The workshop's first day as {@link #coordination} books it: the Monday two weeks after {@link #MONDAY_0900}. */
  public static final LocalDate WORKSHOP_FIRST_DAY = LocalDate.of(2026, 12, 21);

  private TestData() {}

  public static Date date(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }

  public static Map<String, Object> requestLetter(LocalDate today) {
    Map<String, Object> v = new HashMap<>();
    v.put(AGENDA_NUMBER.name(), "045/123/416-117/2026");
    v.put(LETTER_NUMBER.name(), "421.2/77/SDN1/2026");
    v.put(LETTER_DATE.name(), today.minusDays(3).toString());
    v.put(SUBJECT.name(), "Permohonan kegiatan Pustaka ASIEK bagi siswa kelas V");
    v.put(INSTITUTION_NAME.name(), "SDN 1 Mojosari");
    v.put(INSTITUTION_ADDRESS.name(), "Jl. Hayam Wuruk No. 5, Mojosari, Kabupaten Mojokerto");
    v.put(CONTACT_NAME.name(), "Ibu Siti Aminah");
    v.put(CONTACT_EMAIL.name(), "siti.aminah@sdn1mojosari.sch.id");
    v.put(CONTACT_PHONE.name(), "0812-3456-7890");
    v.put(PROPOSED_START_DATE.name(), today.plusDays(21).toString());
    v.put(PROPOSED_END_DATE.name(), today.plusDays(25).toString());
    v.put(EXPECTED_PARTICIPANTS.name(), 40L);
    v.put(REQUEST_NOTE.name(), "Peserta siswa kelas V dan dua guru pendamping.");
    return v;
  }

  public static Map<String, Object> acceptedDisposition() {
    Map<String, Object> v = disposition("DITERIMA");
    v.put(DISPOSITION_INSTRUCTION.name(), "Koordinasikan jadwal dengan pemohon dan siapkan ruang baca anak.");
    v.put(DISPOSITION_FORWARDED_TO.name(), "bidang-pengembangan");
    v.put(DISPOSITION_NOTE.name(), "Prioritaskan minggu kedua bulan depan.");
    v.put(OUTPUT_CONFIRMED.name(), true);
    return v;
  }

  public static Map<String, Object> rejectedDisposition() {
    Map<String, Object> v = disposition("DITOLAK");
    v.put(REJECTION_REASON.name(), "Ruang pelatihan pada tanggal yang diusulkan sedang direnovasi.");
    return v;
  }

  /** The KADIS's form: the kelengkapan of SOP step 1 ticked and the decision taken. */
  private static Map<String, Object> disposition(String decision) {
    Map<String, Object> v = ticked("[\"Kertas lembar disposisi\",\"ATK lainnya\"]");
    v.put(DISPOSITION_DECISION.name(), decision);
    return v;
  }

  public static Map<String, Object> coordination(ZonedDateTime conveyedAt) {
    Map<String, Object> v = ticked("[\"Alat komunikasi\"]");
    v.put(DISPOSITION_CONVEYED_VIA.name(), "WHATSAPP");
    v.put(DISPOSITION_CONVEYED_AT.name(), conveyedAt.toOffsetDateTime().toString());
    v.put(COORDINATION_NOTE.name(), "Pemohon setuju; jadwal akan dikonfirmasi setelah pemeriksaan ruang.");
    v.put(OUTPUT_CONFIRMED.name(), true);
    v.putAll(schedule(WORKSHOP_FIRST_DAY));
    return v;
  }

  /** Opening and material on {@code first} (a Monday), practice the next day, in the training room. */
  public static Map<String, Object> schedule(LocalDate first) {
    Map<String, Object> v = new HashMap<>();
    LocalDate second = first.plusDays(1);
    v.put(SESSIONS.name(), SpinValues.jsonValue("[" + session("PEMBUKAAN", first, "08:00", "09:00") + ","
        + session("MATERI", first, "09:00", "15:00") + "," + session("PRAKTIK", second, "08:00", "15:00") + "]").create());
    v.put(ROOM_ID.name(), "ruang-pelatihan");
    v.put(SPEAKER_ID.name(), "narasumber-pustakawan");
    v.put(CAPACITY.name(), 30L);
    v.put(REGISTRATION_DEADLINE.name(), first.minusDays(3).toString());
    v.put(EQUIPMENT.name(), SpinValues.jsonValue("[{\"resourceId\":\"proyektor\",\"quantity\":1},{\"resourceId\":\"pc-printer\",\"quantity\":5}]").create());
    return v;
  }

  static String session(String type, LocalDate date, String start, String end) {
    return "{\"sessionType\":\"" + type + "\",\"sessionDate\":\"" + date + "\",\"startTime\":\"" + start + "\",\"endTime\":\"" + end + "\"}";
  }

  public static Map<String, Object> preparedEquipment() {
    Map<String, Object> v = ticked("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]");
    // the equipment booked by schedule(): every piece ticked
    v.put(EQUIPMENT_PREPARED.name(), SpinValues.jsonValue("[\"proyektor\",\"pc-printer\"]").create());
    v.put(OUTPUT_CONFIRMED.name(), true);
    return v;
  }

  public static Map<String, Object> preparedRoom(ZonedDateTime readyAt) {
    Map<String, Object> v = ticked("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]");
    v.put(ROOM_READY_AT.name(), readyAt.toOffsetDateTime().toString());
    v.put(OUTPUT_CONFIRMED.name(), true);
    return v;
  }

  public static Map<String, Object> speakerConfirmation() {
    Map<String, Object> v = ticked("[\"Alat kebersihan\",\"sarana prasarana lainnya\"]");
    v.put(SPEAKER_ATTENDANCE_CONFIRMED.name(), true);
    v.put(MATERIAL_TITLE.name(), "Mengenal katalog dan menelusur koleksi perpustakaan");
    v.put(MATERIAL_OUTLINE.name(), "1. Jenis koleksi. 2. Katalog daring. 3. Praktik menelusur.");
    return v;
  }

  /** A form with its kelengkapan ticked: the mutu baku's checklist items, as Tasklist sends the checked boxes. */
  private static Map<String, Object> ticked(String requirements) {
    Map<String, Object> v = new HashMap<>();
    v.put(REQUIREMENTS_CONFIRMED.name(), SpinValues.jsonValue(requirements).create());
    return v;
  }

  /** A form submission's body for /engine-rest, values as Tasklist sends them: JSON values with type Json, everything else untyped. */
  public static Map<String, Object> restVariables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> {
      if (value instanceof JsonValue json) {
        variables.put(name, Map.of("value", json.getValueSerialized(), "type", "Json"));
      } else if (value instanceof SpinJsonNode node) {
        variables.put(name, Map.of("value", node.toString(), "type", "Json"));
      } else {
        variables.put(name, Map.of("value", value));
      }
    });
    return Map.of("variables", variables);
  }
}
