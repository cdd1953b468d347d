package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.schedule.Schedules.AULA;
import static id.go.mojokertokab.asiek.schedule.Schedules.CALENDAR;
import static id.go.mojokertokab.asiek.schedule.Schedules.OLD_CAMERA;
import static id.go.mojokertokab.asiek.schedule.Schedules.PROJECTORS;
import static id.go.mojokertokab.asiek.schedule.Schedules.RESOURCES;
import static id.go.mojokertokab.asiek.schedule.Schedules.SPEAKER;
import static id.go.mojokertokab.asiek.schedule.Schedules.TRAINING_ROOM;
import static id.go.mojokertokab.asiek.schedule.Schedules.december;
import static id.go.mojokertokab.asiek.schedule.Schedules.hold;
import static id.go.mojokertokab.asiek.schedule.Schedules.one;
import static id.go.mojokertokab.asiek.schedule.Schedules.request;
import static id.go.mojokertokab.asiek.schedule.Schedules.session;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.schedule.Conflict.Booked;
import id.go.mojokertokab.asiek.schedule.Conflict.Holiday;
import id.go.mojokertokab.asiek.schedule.Conflict.InThePast;
import id.go.mojokertokab.asiek.schedule.Conflict.Kind;
import id.go.mojokertokab.asiek.schedule.Conflict.MoreThanOwned;
import id.go.mojokertokab.asiek.schedule.Conflict.NotAWorkingDay;
import id.go.mojokertokab.asiek.schedule.Conflict.OutsideOfficeHours;
import id.go.mojokertokab.asiek.schedule.Conflict.SpeakerBusy;
import id.go.mojokertokab.asiek.schedule.Conflict.TooFewSeats;
import id.go.mojokertokab.asiek.schedule.Conflict.UnitsTaken;
import id.go.mojokertokab.asiek.schedule.Conflict.UnknownResource;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the conflict check, on a calendar, resources and holds given in memory. */
class ConflictCheckTest {

  /** Monday 14 December 2026, 07.00 WIB: before office hours of the first day requested below. */
  final ConflictCheck check = new ConflictCheck(CALENDAR, december(14, 7, 0).toInstant());
  /** Tuesday 15 December, 09.00–11.00: a free working day in office hours. */
  final Session tuesdayMorning = session(SessionType.MATERI, 15, 9, 0, 11, 0);

  @Test
  void freeRequestHasNoConflict() {
    List<Conflict> conflicts = conflictsOf(tuesdayMorning, List.of(), one(TRAINING_ROOM), one(SPEAKER),
        new ResourceDemand(PROJECTORS.id(), 2));

    assertThat(conflicts).isEmpty();
  }

  @Test
  void roomHeldByAnotherEventIsBooked() {
    Hold meeting = hold(1, AULA, 1, session(SessionType.MATERI, 15, 10, 0, 12, 0), "Rapat Koordinasi Arsip");

    List<Conflict> conflicts = conflictsOf(tuesdayMorning, List.of(meeting), one(AULA));

    assertThat(conflicts).containsExactly(new Booked(tuesdayMorning, AULA, meeting));
  }

  @Test
  void poolWithTooFewFreeUnitsIsShortOfUnitsAndNamesWhoHoldsThem() {
    Hold exhibition = hold(2, PROJECTORS, 1, session(SessionType.MATERI, 15, 8, 0, 9, 30), "Pameran Arsip Keliling");

    List<Conflict> conflicts = conflictsOf(tuesdayMorning, List.of(exhibition), new ResourceDemand(PROJECTORS.id(), 2));

    assertThat(conflicts).containsExactly(new UnitsTaken(tuesdayMorning, PROJECTORS, 2, 1, List.of(exhibition)));
    assertThat(conflicts.get(0).kind()).isEqualTo(Kind.NOT_ENOUGH_UNITS);
  }

  @Test
  void askingForMoreUnitsThanTheOfficeOwnsIsNotEnoughUnitsThatNoOtherDaySolves() {
    List<Conflict> conflicts = conflictsOf(tuesdayMorning, List.of(), new ResourceDemand(PROJECTORS.id(), 3));

    assertThat(conflicts).containsExactly(new MoreThanOwned(PROJECTORS, 3));
    assertThat(conflicts.get(0).kind()).isEqualTo(Kind.NOT_ENOUGH_UNITS);
    assertThat(conflicts.get(0).solvedByAnotherDay()).isFalse();
  }

  @Test
  void speakerScheduledElsewhereIsBusy() {
    Hold talk = hold(3, SPEAKER, 1, session(SessionType.MATERI, 15, 10, 30, 12, 0), "Seminar Literasi");

    List<Conflict> conflicts = conflictsOf(tuesdayMorning, List.of(talk), one(SPEAKER));

    assertThat(conflicts).containsExactly(new SpeakerBusy(tuesdayMorning, SPEAKER, talk));
  }

  @Test
  void sessionOnAHolidayNamesTheHolidayAndIsNotAlsoAWeekend() {
    Session christmas = session(SessionType.PEMBUKAAN, 25, 8, 0, 9, 0);

    List<Conflict> conflicts = conflictsOf(christmas, List.of(), one(TRAINING_ROOM));

    assertThat(conflicts).containsExactly(new Holiday(christmas, "Hari Raya Natal"));
  }

  @Test
  void sessionOnASaturdayIsNoWorkingDay() {
    Session saturday = session(SessionType.PRAKTIK, 19, 8, 0, 12, 0);

    List<Conflict> conflicts = conflictsOf(saturday, List.of(), one(TRAINING_ROOM));

    assertThat(conflicts).containsExactly(new NotAWorkingDay(saturday));
  }

  @Test
  void sessionsBeforeOpeningAfterClosingOrPastMidnightAreOutsideOfficeHours() {
    Session early = session(SessionType.PEMBUKAAN, 15, 7, 0, 8, 0);
    Session late = session(SessionType.MATERI, 16, 14, 0, 16, 30);
    Session overnight = new Session(SessionType.PRAKTIK, december(17, 15, 0).toInstant(), december(18, 8, 0).toInstant());
    Session exactlyOfficeHours = session(SessionType.PRAKTIK, 21, 7, 30, 16, 0);

    List<Conflict> conflicts = check.conflicts(request(List.of(early, late, overnight, exactlyOfficeHours), 30, one(TRAINING_ROOM)),
        RESOURCES, List.of());

    LocalTime opens = LocalTime.of(7, 30);
    LocalTime closes = LocalTime.of(16, 0);
    assertThat(conflicts).containsExactly(new OutsideOfficeHours(early, opens, closes), new OutsideOfficeHours(late, opens, closes),
        new OutsideOfficeHours(overnight, opens, closes));
  }

  @Test
  void roomWithFewerSeatsThanParticipantsHasTooFewSeats() {
    List<Conflict> conflicts = check.conflicts(request(List.of(tuesdayMorning), 41, one(TRAINING_ROOM)), RESOURCES, List.of());
    List<Conflict> exactlyFull = check.conflicts(request(List.of(tuesdayMorning), 40, one(TRAINING_ROOM)), RESOURCES, List.of());

    assertThat(conflicts).containsExactly(new TooFewSeats(TRAINING_ROOM, 41));
    assertThat(exactlyFull).isEmpty();
  }

  @Test
  void sessionThatHasBegunIsInThePast() {
    ConflictCheck atNine = new ConflictCheck(CALENDAR, december(15, 9, 0).plusSeconds(1).toInstant());
    ConflictCheck atNineSharp = new ConflictCheck(CALENDAR, december(15, 9, 0).toInstant());

    assertThat(atNine.conflicts(request(List.of(tuesdayMorning), 30, one(TRAINING_ROOM)), RESOURCES, List.of()))
        .containsExactly(new InThePast(tuesdayMorning));
    assertThat(atNineSharp.conflicts(request(List.of(tuesdayMorning), 30, one(TRAINING_ROOM)), RESOURCES, List.of())).isEmpty();
  }

  @Test
  void resourceThatIsMissingOrInactiveIsUnknown() {
    List<Conflict> conflicts = conflictsOf(tuesdayMorning, List.of(), one(OLD_CAMERA), new ResourceDemand("kamera-x", 1));

    assertThat(conflicts).containsExactly(new UnknownResource("kamera-lama"), new UnknownResource("kamera-x"));
  }

  @Test
  void bookingThatOnlyMeetsTheBufferIsBooked() {
    // the meeting ends at 11.00 and holds the training room until 11.30 for cleaning; set-up for 11.45 starts at 11.15
    Hold meeting = hold(4, TRAINING_ROOM, 1, session(SessionType.MATERI, 15, 9, 0, 11, 0), "Rapat Koordinasi Arsip");
    Session afterCleaning = session(SessionType.MATERI, 15, 11, 45, 13, 0);

    List<Conflict> conflicts = conflictsOf(afterCleaning, List.of(meeting), one(TRAINING_ROOM));

    assertThat(conflicts).containsExactly(new Booked(afterCleaning, TRAINING_ROOM, meeting));
  }

  @Test
  void bookingThatJustMissesTheBufferIsFree() {
    // cleaning until 11.30, set-up for 12.00 from 11.30: the two buffers touch and do not overlap
    Hold meeting = hold(5, TRAINING_ROOM, 1, session(SessionType.MATERI, 15, 9, 0, 11, 0), "Rapat Koordinasi Arsip");
    Session afterBuffers = session(SessionType.MATERI, 15, 12, 0, 13, 0);

    List<Conflict> conflicts = conflictsOf(afterBuffers, List.of(meeting), one(TRAINING_ROOM));

    assertThat(conflicts).isEmpty();
  }

  @Test
  void theActivitysOwnHoldsDoNotCount() {
    Session booked = session(SessionType.MATERI, 15, 9, 0, 11, 0);
    Hold own = new Hold(6, TRAINING_ROOM.id(), 1, booked.start(), booked.end(), "Pustaka ASIEK ASIEK-2026-0007", "ASIEK-2026-0007",
        booked.start(), booked.end());

    assertThat(conflictsOf(tuesdayMorning, List.of(own), one(TRAINING_ROOM))).isEmpty();
  }

  @Test
  void everyConflictIsReportedAtOnceResourcesFirstThenSessionBySession() {
    Session saturday = session(SessionType.PRAKTIK, 19, 8, 0, 12, 0);
    Hold meeting = hold(7, AULA, 1, session(SessionType.MATERI, 15, 10, 0, 12, 0), "Rapat Koordinasi Arsip");

    List<Conflict> conflicts = check.conflicts(request(List.of(tuesdayMorning, saturday), 200, one(AULA), new ResourceDemand("x", 1)),
        RESOURCES, List.of(meeting));

    assertThat(conflicts).extracting(Conflict::kind)
        .containsExactly(Kind.TOO_FEW_SEATS, Kind.UNKNOWN_RESOURCE, Kind.BOOKED, Kind.NOT_A_WORKING_DAY);
  }

  @Test
  void theHoldsToReadAreEachSessionOnEachUsableResourceWithItsBuffer() {
    Session wednesday = session(SessionType.PRAKTIK, 16, 9, 0, 12, 0);
    ScheduleRequest request = request(List.of(tuesdayMorning, wednesday), 30, one(TRAINING_ROOM), new ResourceDemand(PROJECTORS.id(), 3),
        one(OLD_CAMERA), new ResourceDemand("tidak-ada", 1), one(SPEAKER));

    // the projectors are asked for more than the office owns, the old camera is inactive, "tidak-ada" is unknown:
    // no hold of theirs can change the answer, so none is read
    assertThat(ConflictCheck.windows(request, RESOURCES)).containsExactly(
        new Window(TRAINING_ROOM.id(), tuesdayMorning.start().minusSeconds(30 * 60), tuesdayMorning.end().plusSeconds(30 * 60)),
        new Window(SPEAKER.id(), tuesdayMorning.start(), tuesdayMorning.end()),
        new Window(TRAINING_ROOM.id(), wednesday.start().minusSeconds(30 * 60), wednesday.end().plusSeconds(30 * 60)),
        new Window(SPEAKER.id(), wednesday.start(), wednesday.end()));
    assertThat(ConflictCheck.windows(request(List.of(), 30, one(TRAINING_ROOM)), RESOURCES)).isEmpty();
  }

  /** What the check finds for 30 participants on one {@code session} needing {@code demands}, with other events' {@code holds}. */
  private List<Conflict> conflictsOf(Session session, List<Hold> holds, ResourceDemand... demands) {
    return check.conflicts(request(List.of(session), 30, demands), RESOURCES, holds);
  }
}
