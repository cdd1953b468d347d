package id.go.mojokertokab.asiek.coordination;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.CAPACITY;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ROOM_ID;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SESSIONS;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SPEAKER_ID;

import id.go.mojokertokab.asiek.form.FormValues;
import id.go.mojokertokab.asiek.schedule.ResourceDemand;
import id.go.mojokertokab.asiek.schedule.ScheduleRequest;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the schedule the analyst agreed from Form_CoordinateWithRequester: sessions ({sessionType, sessionDate
 * "2026-12-14", startTime "08:00", endTime "10:00"}), room, speaker, capacity and equipment ({resourceId, quantity}).
 */
final class CoordinationForm {

  /** Keys of the fields of one item of the dynamic list "sessions". */
  static final String SESSION_TYPE = "sessionType";
  static final String SESSION_DATE = "sessionDate";
  static final String START_TIME = "startTime";
  static final String END_TIME = "endTime";
  /** Keys of the fields of one item of the dynamic list "equipment". */
  static final String RESOURCE_ID = "resourceId";
  static final String QUANTITY = "quantity";

  private CoordinationForm() {}

  static List<Session> sessions(FormValues values, ZoneId zone) {
    List<Session> sessions = new ArrayList<>();
    for (Map<String, Object> item : values.objects(SESSIONS.name())) {
      Optional<SessionType> type = sessionType(item.get(SESSION_TYPE));
      Optional<LocalDate> date = date(item.get(SESSION_DATE));
      Optional<LocalTime> start = time(item.get(START_TIME));
      Optional<LocalTime> end = time(item.get(END_TIME));
      if (type.isPresent() && date.isPresent() && start.isPresent() && end.isPresent() && end.get().isAfter(start.get())) {
        sessions.add(new Session(type.get(), date.get().atTime(start.get()).atZone(zone).toInstant(),
            date.get().atTime(end.get()).atZone(zone).toInstant()));
      }
    }
    sessions.sort(Comparator.comparing(Session::start));
    return sessions;
  }

  static List<ResourceDemand> equipment(FormValues values) {
    List<ResourceDemand> equipment = new ArrayList<>();
    for (Map<String, Object> item : values.objects(EQUIPMENT.name())) {
      Object id = item.get(RESOURCE_ID);
      int quantity = quantity(item.get(QUANTITY));
      if (id != null && !id.toString().isBlank() && quantity >= 1) {
        equipment.add(new ResourceDemand(id.toString(), quantity));
      }
    }
    return equipment;
  }

  static ScheduleRequest request(FormValues values, ZoneId zone, String activityNumber, String title) {
    return new ScheduleRequest(activityNumber, title, sessions(values, zone),
        ScheduleRequest.demands(values.string(ROOM_ID.name()).orElse(null), values.string(SPEAKER_ID.name()).orElse(null), equipment(values)),
        values.number(CAPACITY.name()).map(Double::intValue).orElse(null));
  }

  static Optional<SessionType> sessionType(Object value) {
    try {
      return value == null ? Optional.empty() : Optional.of(SessionType.valueOf(value.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> date(Object value) {
    try {
      String s = value == null ? "" : value.toString().trim();
      return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** "08:00", "08:00:00", and "08:00+07:00" as form-js may serialise a time. */
  static Optional<LocalTime> time(Object value) {
    try {
      String s = value == null ? "" : value.toString().trim();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      String clock = s.replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", "");
      return Optional.of(LocalTime.parse(clock.length() == 5 ? clock : clock.substring(0, Math.min(8, clock.length()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static int quantity(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue() % 1 == 0 ? n.intValue() : -1;
    }
    try {
      return value == null ? -1 : Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
