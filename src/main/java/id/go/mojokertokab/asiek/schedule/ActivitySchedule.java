package id.go.mojokertokab.asiek.schedule;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The booked schedule of one activity, read back from its bookings: sessions (from the room's) in the order of their
 * start with their numbers ({@code numbers}, the same index), room, speaker, equipment.
 */
public record ActivitySchedule(String activityNumber, List<Session> sessions, List<Integer> numbers, Resource room,
    Resource speaker, Map<Resource, Integer> equipment) {

  static ActivitySchedule of(String activityNumber, List<Booking> bookings, Map<String, Resource> resources) {
    List<Session> sessions = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    Resource room = null;
    Resource speaker = null;
    Map<Resource, Integer> equipment = new LinkedHashMap<>();
    for (Booking booking : bookings) {
      Resource resource = resources.get(booking.resourceId());
      if (resource == null) {
        continue;
      }
      switch (resource.kind()) {
        case ROOM -> {
          room = resource;
          sessions.add(new Session(booking.sessionType() == null ? SessionType.MATERI : booking.sessionType(), booking.start(), booking.end()));
          // bookings held before sessions were numbered: numbered by start, as their invitations were
          numbers.add(booking.sessionNo() == null ? sessions.size() : booking.sessionNo());
        }
        case SPEAKER -> speaker = resource;
        case EQUIPMENT -> equipment.merge(resource, booking.quantity(), Math::max);
      }
    }
    return new ActivitySchedule(activityNumber, sessions, numbers, room, speaker, equipment);
  }

  public boolean isEmpty() {
    return sessions.isEmpty();
  }

  /** The session with this number, if the activity has it. */
  public Optional<Session> session(int number) {
    int index = numbers.indexOf(number);
    return index < 0 ? Optional.empty() : Optional.of(sessions.get(index));
  }

  /** One event per session; the UID stays the same for the same activity and session number, wherever the session moves. */
  public List<Invitation.Event> events(String institutionName, ZoneId zone) {
    List<Invitation.Event> events = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      events.add(new Invitation.Event(uid(activityNumber, numbers.get(i)),
          session.start().atZone(zone), session.end().atZone(zone),
          "Pustaka ASIEK " + activityNumber + ": " + session.type().label() + " – " + institutionName,
          room == null ? null : room.name(),
          "Kegiatan Pustaka Terapan – Asistensi dan Eksplorasi (Pustaka ASIEK) bersama " + institutionName
              + (speaker == null ? "" : ". Narasumber: " + speaker.name()) + "."));
    }
    return events;
  }

  /** The UID of a session's event in every invitation of the activity. */
  public static String uid(String activityNumber, int sessionNo) {
    return activityNumber + "-" + sessionNo + "@pustaka-asiek";
  }
}
