package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.*;

import id.go.mojokertokab.asiek.form.FormValues;
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
 * Reads the schedule the analyst agreed from the coordination form: sessions ({sessionType, sessionDate "2026-12-14",
 * startTime "08:00", endTime "10:00"}), room, speaker, capacity and equipment ({resourceId, quantity}).
 */
public final class ScheduleForm {

  private ScheduleForm() {}

  public static List<Session> sessions(FormValues values, ZoneId zone) {
    List<Session> sessions = new ArrayList<>();
    for (Map<String, Object> item : values.objects(SESSIONS)) {
      Optional<SessionType> type = sessionType(item.get("sessionType"));
      Optional<LocalDate> date = date(item.get("sessionDate"));
      Optional<LocalTime> start = time(item.get("startTime"));
      Optional<LocalTime> end = time(item.get("endTime"));
      if (type.isPresent() && date.isPresent() && start.isPresent() && end.isPresent() && end.get().isAfter(start.get())) {
        sessions.add(new Session(type.get(), date.get().atTime(start.get()).atZone(zone).toInstant(),
            date.get().atTime(end.get()).atZone(zone).toInstant()));
      }
    }
    sessions.sort(Comparator.comparing(Session::start));
    return sessions;
  }

  public static List<ResourceDemand> equipment(FormValues values) {
    List<ResourceDemand> equipment = new ArrayList<>();
    for (Map<String, Object> item : values.objects(EQUIPMENT)) {
      Object id = item.get("resourceId");
      int quantity = quantity(item.get("quantity"));
      if (id != null && !id.toString().isBlank() && quantity >= 1) {
        equipment.add(new ResourceDemand(id.toString(), quantity));
      }
    }
    return equipment;
  }

  public static ScheduleRequest request(FormValues values, ZoneId zone, String activityNumber, String title) {
    return new ScheduleRequest(activityNumber, title, sessions(values, zone),
        ScheduleRequest.demands(values.string(ROOM_ID).orElse(null), values.string(SPEAKER_ID).orElse(null), equipment(values)),
        values.number(CAPACITY).map(Double::intValue).orElse(null));
  }

  public static Optional<SessionType> sessionType(Object value) {
    try {
      return value == null ? Optional.empty() : Optional.of(SessionType.valueOf(value.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static Optional<LocalDate> date(Object value) {
    try {
      String s = value == null ? "" : value.toString().trim();
      return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** "08:00", "08:00:00", and "08:00+07:00" as form-js may serialise a time. */
  public static Optional<LocalTime> time(Object value) {
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

  public static int quantity(Object value) {
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
