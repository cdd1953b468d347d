package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.schedule.IcsReader.ReadCalendar;
import id.go.mojokertokab.asiek.schedule.IcsReader.ReadEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads what {@link Invitation} writes with biweekly ({@link IcsReader}), an iCalendar parser that shares no code with
 * ical4j: what a calendar client shows must be what the office booked. Expected times are written as UTC instants.
 */
class InvitationIndependentParserTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String TZID = "Asia/Jakarta";

  static final List<Invitation.Event> SESSIONS = List.of(
      event(1, jakarta(21, 8), jakarta(21, 9), "Pustaka ASIEK: Pembukaan"),
      event(2, jakarta(21, 9), jakarta(21, 15), "Pustaka ASIEK: Penerangan materi"),
      event(3, jakarta(22, 8), jakarta(22, 15), "Pustaka ASIEK: Praktik"));

  @Test
  void invitationShowsEverySessionAtItsJakartaTime() {
    ReadCalendar invitation = renderedAndRead("REQUEST", 1);

    assertThat(invitation.events()).containsExactlyElementsOf(sessionsAsRead(1, "CONFIRMED"));
  }

  @Test
  void cancellationCancelsTheSameEventsWithAHigherSequence() {
    ReadCalendar cancellation = renderedAndRead("CANCEL", 2);

    assertThat(cancellation.events()).containsExactlyElementsOf(sessionsAsRead(2, "CANCELLED"));
  }

  /** The checks above hold only because the parser believes the file: a wrong or missing VTIMEZONE would show. */
  @Test
  void timesFollowTheFilesOwnVtimezoneNotTheJvmsZoneDatabase() {
    String ics = Invitation.render("REQUEST", JAKARTA, SESSIONS.subList(0, 1), 1, null);
    String vtimezone = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE") + "END:VTIMEZONE\r\n".length());

    ReadEvent asWritten = IcsReader.read(ics).events().get(0);
    ReadEvent zoneSaysUtc = IcsReader.read(ics.replace(vtimezone, vtimezone.replace("TZOFFSETTO:+0700", "TZOFFSETTO:+0000"))).events().get(0);
    ReadEvent noZone = IcsReader.read(ics.replace(vtimezone, "")).events().get(0);

    assertThat(asWritten.start()).isEqualTo(Instant.parse("2026-12-21T01:00:00Z"));
    assertThat(zoneSaysUtc.start()).isEqualTo(Instant.parse("2026-12-21T08:00:00Z"));
    assertThat(noZone.startZone()).as("resolved without a VTIMEZONE of the file").isNull();
  }

  /** The three sessions written with {@code method}, read back by the other parser: a version 2.0 file without warnings. */
  static ReadCalendar renderedAndRead(String method, int sequence) {
    ReadCalendar calendar = IcsReader.read(Invitation.render(method, JAKARTA, SESSIONS, sequence, "pustaka-asiek@dispusip.test"));
    assertThat(calendar.warnings()).isEmpty();
    assertThat(calendar.version()).isEqualTo("2.0");
    assertThat(calendar.method()).isEqualTo(method);
    return calendar;
  }

  /** {@link #SESSIONS} as a calendar client reads them, 08.00 in Jakarta being 01.00 UTC. */
  static List<ReadEvent> sessionsAsRead(int sequence, String status) {
    return List.of(
        new ReadEvent("ASIEK-2026-0001-1@pustaka-asiek", sequence, status, "Pustaka ASIEK: Pembukaan",
            Instant.parse("2026-12-21T01:00:00Z"), TZID, Instant.parse("2026-12-21T02:00:00Z"), TZID),
        new ReadEvent("ASIEK-2026-0001-2@pustaka-asiek", sequence, status, "Pustaka ASIEK: Penerangan materi",
            Instant.parse("2026-12-21T02:00:00Z"), TZID, Instant.parse("2026-12-21T08:00:00Z"), TZID),
        new ReadEvent("ASIEK-2026-0001-3@pustaka-asiek", sequence, status, "Pustaka ASIEK: Praktik",
            Instant.parse("2026-12-22T01:00:00Z"), TZID, Instant.parse("2026-12-22T08:00:00Z"), TZID));
  }

  static ZonedDateTime jakarta(int day, int hour) {
    return ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, JAKARTA);
  }

  static Invitation.Event event(int session, ZonedDateTime start, ZonedDateTime end, String summary) {
    return new Invitation.Event("ASIEK-2026-0001-" + session + "@pustaka-asiek", start, end, summary, "Ruang Pelatihan", null);
  }
}
