package id.go.mojokertokab.asiek.schedule;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.ICalProperty;
import biweekly.property.ValuedProperty;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads iCalendar text with biweekly, a parser independent of ical4j that writes it, the way a calendar client would:
 * DTSTART and DTEND are resolved through the file's own VTIMEZONE, not through the JVM's zone database.
 */
public final class IcsReader {

  /** What a calendar client sees of one file. {@code warnings} are the parser's complaints; a good file has none. */
  public record ReadCalendar(String version, String method, List<ReadEvent> events, List<String> warnings) {}

  /**
   * One VEVENT. {@code startZone}/{@code endZone} name the VTIMEZONE of the file that the time was resolved with, or
   * are null when the time was floating, in UTC, or resolved without a VTIMEZONE of the file.
   */
  public record ReadEvent(String uid, Integer sequence, String status, String summary, Instant start, String startZone,
      Instant end, String endZone) {}

  private IcsReader() {}

  public static ReadCalendar read(String ics) {
    List<List<ParseWarning>> warnings = new ArrayList<>();
    List<ICalendar> calendars = Biweekly.parse(ics).warnings(warnings).all();
    if (calendars.size() != 1) {
      throw new AssertionError("expected one VCALENDAR, found " + calendars.size() + " in:\n" + ics);
    }
    ICalendar calendar = calendars.get(0);
    List<ReadEvent> events = calendar.getEvents().stream().map(e -> new ReadEvent(
        value(e.getUid()), value(e.getSequence()), value(e.getStatus()), value(e.getSummary()),
        instant(e.getDateStart()), zoneFromFile(calendar, e.getDateStart()),
        instant(e.getDateEnd()), zoneFromFile(calendar, e.getDateEnd()))).toList();
    return new ReadCalendar(calendar.getVersion() == null ? null : calendar.getVersion().getVersion(),
        value(calendar.getMethod()), events,
        warnings.stream().flatMap(List::stream).map(ParseWarning::toString).toList());
  }

  /** The text of the message's text/calendar part. */
  public static String calendarOf(Part message) throws MessagingException, IOException {
    String found = findCalendar(message);
    if (found == null) {
      throw new AssertionError("the mail has no text/calendar part");
    }
    return found;
  }

  private static String findCalendar(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/calendar")) {
      try (InputStream in = part.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = findCalendar(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static <T> T value(ValuedProperty<T> property) {
    return property == null ? null : property.getValue();
  }

  private static Instant instant(DateOrDateTimeProperty property) {
    return property == null || property.getValue() == null ? null : property.getValue().toInstant();
  }

  private static String zoneFromFile(ICalendar calendar, ICalProperty property) {
    if (property == null) {
      return null;
    }
    TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(property);
    if (zone == null || zone.getComponent() == null || zone.getComponent().getTimezoneId() == null) {
      return null;
    }
    return zone.getComponent().getTimezoneId().getValue();
  }
}
