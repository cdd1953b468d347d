package id.go.mojokertokab.asiek.schedule;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) documents: an activity's invitation (one event per session, stable UIDs, SEQUENCE raised on
 * every change), its cancellation, and read-only feeds. Times are in Asia/Jakarta with the zone's VTIMEZONE.
 */
public final class Invitation {

  /** An event of a calendar: its stable UID and what it shows. */
  public record Event(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location, String description) {

    private static final String UID = "uid";
    private static final String START = "start";
    private static final String END = "end";
    private static final String SUMMARY = "summary";
    private static final String LOCATION = "location";

    /** As a process variable keeps it (an item of cancelledSchedule): what a later CANCEL needs, times with their offset. */
    Map<String, String> asVariable() {
      Map<String, String> variable = new LinkedHashMap<>();
      variable.put(UID, uid);
      variable.put(START, start.toOffsetDateTime().toString());
      variable.put(END, end.toOffsetDateTime().toString());
      variable.put(SUMMARY, summary);
      variable.put(LOCATION, location == null ? "" : location);
      return variable;
    }

    static Event fromVariable(Map<String, Object> variable, ZoneId zone) {
      String location = (String) variable.get(LOCATION);
      return new Event((String) variable.get(UID), OffsetDateTime.parse((String) variable.get(START)).atZoneSameInstant(zone),
          OffsetDateTime.parse((String) variable.get(END)).atZoneSameInstant(zone), (String) variable.get(SUMMARY),
          location == null || location.isBlank() ? null : location, null);
    }
  }

  static final String PRODUCT = "-//Dinas Perpustakaan dan Kearsipan Kab. Mojokerto//Pustaka ASIEK//ID";
  private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

  private Invitation() {}

  /** METHOD:REQUEST for a mail invitation, PUBLISH for a feed, CANCEL when the activity is cancelled. */
  public static String render(String method, ZoneId zone, List<Event> events, int sequence, String organizerEmail) {
    TimeZone timeZone = ZONES.getTimeZone(zone.getId());
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODUCT))
        .add(ImmutableVersion.VERSION_2_0)
        .add(new CalScale(CalScale.VALUE_GREGORIAN))
        .add(new Method(method));
    calendar.add(timeZone.getVTimeZone());
    for (Event event : events) {
      VEvent vevent = new VEvent(event.start().withZoneSameInstant(zone), event.end().withZoneSameInstant(zone), event.summary());
      vevent.add(new Uid(event.uid()));
      vevent.add(new Sequence(sequence));
      vevent.add(new Status("CANCEL".equals(method) ? "CANCELLED" : "CONFIRMED"));
      if (event.location() != null) {
        vevent.add(new Location(event.location()));
      }
      if (event.description() != null) {
        vevent.add(new Description(event.description()));
      }
      if (organizerEmail != null) {
        vevent.add(new Organizer(java.net.URI.create("mailto:" + organizerEmail)));
      }
      calendar.add(vevent);
    }
    return calendar.toString();
  }
}
