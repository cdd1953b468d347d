package id.go.mojokertokab.asiek.budget;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CAPACITY;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT_PREPARED;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.REGISTRATION_DEADLINE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_ID;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SCHEDULE_CONFLICT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SESSIONS;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SPEAKER_ID;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The accepted path as it is stable on main: letter, disposition, coordination (conflict check and booking),
 * confirmation, the three preparations. Instance {@code i} books its own room, speaker and pair of working days, so no
 * instance of a run conflicts with another; the twin gets the same forms plus the one variable our conflict check
 * would have written for its gateway.
 */
final class AcceptedPath {

  static final List<String> ROOMS = List.of("ruang-pelatihan", "aula", "ruang-baca-anak");
  static final List<String> SPEAKERS = List.of("narasumber-pustakawan", "narasumber-anggaran-1", "narasumber-anggaran-2");
  /** Speakers the benchmark adds to the application's database, so that three activities can run on one day. */
  static final String EXTRA_SPEAKERS_SQL = "insert into asiek_resource (id, kind, name, quantity, buffer_minutes, email) values "
      + "('narasumber-anggaran-1', 'SPEAKER', 'Narasumber Uji Satu', 1, 0, 'satu@narasumber.test'), "
      + "('narasumber-anggaran-2', 'SPEAKER', 'Narasumber Uji Dua', 1, 0, 'dua@narasumber.test')";

  private final List<LocalDate> workingDays = new ArrayList<>();

  /** Working days from two weeks ahead, without weekends and {@code holidays}. */
  AcceptedPath(Set<LocalDate> holidays, int instances) {
    LocalDate day = LocalDate.now(TestData.JAKARTA).plusDays(14);
    while (workingDays.size() < 2 * (instances / ROOMS.size() + 2)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day)) {
        workingDays.add(day);
      }
      day = day.plusDays(1);
    }
  }

  /** Runs instance {@code i} from the letter to the three preparations done. */
  void run(RestDriver rest, int i, boolean twin) {
    ZonedDateTime now = ZonedDateTime.now(TestData.JAKARTA);
    String id = rest.start("agendaris", TestData.requestLetter(now.toLocalDate()));
    rest.work("kadis", id, Elements.TASK_DISPOSE_REQUEST, TestData.acceptedDisposition());
    Map<String, Object> coordination = TestData.coordination(now.minusHours(1));
    coordination.putAll(schedule(i));
    if (twin) {
      coordination.put(SCHEDULE_CONFLICT.name(), false);
    }
    rest.work("analis", id, Elements.TASK_COORDINATE_WITH_REQUESTER, coordination);
    Map<String, Object> equipment = TestData.preparedEquipment();
    equipment.put(EQUIPMENT_PREPARED.name(), SpinValues.jsonValue("[\"pc-printer\"]").create());
    rest.work("kasubag", id, Elements.TASK_PREPARE_EQUIPMENT, equipment);
    rest.work("kebersihan", id, Elements.TASK_PREPARE_ROOM, TestData.preparedRoom(now.minusMinutes(5)));
    rest.work("narasumber", id, Elements.TASK_CONFIRM_SPEAKER_MATERIAL, TestData.speakerConfirmation());
  }

  private Map<String, Object> schedule(int i) {
    int pair = i / ROOMS.size();
    LocalDate first = workingDays.get(2 * pair);
    LocalDate second = workingDays.get(2 * pair + 1);
    Map<String, Object> v = TestData.schedule(first);
    v.put(SESSIONS.name(), SpinValues.jsonValue("[" + session("PEMBUKAAN", first, "08:00", "09:00") + ","
        + session("MATERI", first, "09:00", "15:00") + "," + session("PRAKTIK", second, "08:00", "15:00") + "]").create());
    v.put(ROOM_ID.name(), ROOMS.get(i % ROOMS.size()));
    v.put(SPEAKER_ID.name(), SPEAKERS.get(i % SPEAKERS.size()));
    v.put(CAPACITY.name(), 20L);
    v.put(REGISTRATION_DEADLINE.name(), first.minusDays(3).toString());
    v.put(EQUIPMENT.name(), SpinValues.jsonValue("[{\"resourceId\":\"pc-printer\",\"quantity\":3}]").create());
    return v;
  }

  private static String session(String type, LocalDate date, String start, String end) {
    return "{\"sessionType\":\"" + type + "\",\"sessionDate\":\"" + date + "\",\"startTime\":\"" + start + "\",\"endTime\":\"" + end + "\"}";
  }
}
