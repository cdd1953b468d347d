package id.go.mojokertokab.asiek.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Test
  void invitationHasOneEventPerSessionInJakartaTimeWithStableUidAndSequence() {
    ZonedDateTime opening = ZonedDateTime.of(2026, 12, 14, 8, 0, 0, 0, JAKARTA);
    String ics = Invitation.render("REQUEST", JAKARTA, List.of(
        new Invitation.Event("ASIEK-2026-0001-1@pustaka-asiek", opening, opening.plusHours(2), "Pustaka ASIEK: Pembukaan", "Ruang Pelatihan", "Sambutan"),
        new Invitation.Event("ASIEK-2026-0001-2@pustaka-asiek", opening.plusDays(1), opening.plusDays(1).plusHours(6), "Pustaka ASIEK: Penerangan materi", "Ruang Pelatihan", null)),
        2, "pustaka-asiek@dispusip.test");

    assertThat(ics).contains("BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Asia/Jakarta",
        "DTSTART;TZID=Asia/Jakarta:20261214T080000", "DTEND;TZID=Asia/Jakarta:20261214T100000",
        "UID:ASIEK-2026-0001-1@pustaka-asiek", "SEQUENCE:2", "STATUS:CONFIRMED", "LOCATION:Ruang Pelatihan",
        "ORGANIZER:mailto:pustaka-asiek@dispusip.test", "DTSTART;TZID=Asia/Jakarta:20261215T080000");
    assertThat(ics).contains("\r\n");
  }

  @Test
  void cancellationMarksEveryEventCancelled() {
    ZonedDateTime opening = ZonedDateTime.of(2026, 12, 14, 8, 0, 0, 0, JAKARTA);
    String ics = Invitation.render("CANCEL", JAKARTA, List.of(
        new Invitation.Event("ASIEK-2026-0001-1@pustaka-asiek", opening, opening.plusHours(2), "Pustaka ASIEK: Pembukaan", null, null)), 3, null);

    assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:3");
  }
}
