package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small office for unit tests of the schedule: its calendar around Christmas 2026, its resources, holds and requests. */
final class Schedules {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final WorkingCalendar CALENDAR = new WorkingCalendar(JAKARTA, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
      LocalTime.of(7, 30), LocalTime.of(16, 0),
      Map.of(LocalDate.of(2026, 12, 25), "Hari Raya Natal", LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi"));

  static final Resource AULA = new Resource("aula", ResourceKind.ROOM, "Aula", 1, 60, 120, null, true);
  static final Resource TRAINING_ROOM = new Resource("ruang-pelatihan", ResourceKind.ROOM, "Ruang Pelatihan", 1, 30, 40, null, true);
  static final Resource PROJECTORS = new Resource("proyektor", ResourceKind.EQUIPMENT, "Proyektor", 2, 0, null, null, true);
  static final Resource SPEAKER = new Resource("dr-sri", ResourceKind.SPEAKER, "Dr. Sri Rahayu", 1, 0, null, "sri@example.ac.id", true);
  static final Resource OLD_CAMERA = new Resource("kamera-lama", ResourceKind.EQUIPMENT, "Kamera lama", 1, 0, null, null, false);
  static final Map<String, Resource> RESOURCES = byId(AULA, TRAINING_ROOM, PROJECTORS, SPEAKER, OLD_CAMERA);

  private Schedules() {}

  /** 14 December 2026 is a Monday; the 25th (a Friday) is Christmas. */
  static ZonedDateTime december(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, JAKARTA);
  }

  static Session session(SessionType type, int day, int fromHour, int fromMinute, int untilHour, int untilMinute) {
    return new Session(type, december(day, fromHour, fromMinute).toInstant(), december(day, untilHour, untilMinute).toInstant());
  }

  /** A booking of another event holding {@code unit} of the resource for the period, widened by the resource's buffer. */
  static Hold hold(long bookingId, Resource resource, int unit, Session period, String title) {
    return new Hold(bookingId, resource.id(), unit, period.start().minus(resource.buffer()), period.end().plus(resource.buffer()),
        title, null, period.start(), period.end());
  }

  static ScheduleRequest request(List<Session> sessions, Integer participants, ResourceDemand... demands) {
    return new ScheduleRequest("ASIEK-2026-0007", "Pustaka ASIEK ASIEK-2026-0007 – SDN 1 Mojosari", sessions, List.of(demands),
        participants);
  }

  static ResourceDemand one(Resource resource) {
    return new ResourceDemand(resource.id(), 1);
  }

  private static Map<String, Resource> byId(Resource... resources) {
    Map<String, Resource> all = new LinkedHashMap<>();
    for (Resource resource : resources) {
      all.put(resource.id(), resource);
    }
    return all;
  }
}
