package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.schedule.Schedules.CALENDAR;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The nearest free slot: whole working days later or earlier, the same hours, over weekends and holidays. */
class FreeSlotSearchTest {

  /** Monday 21 December 2026, 09.00 WIB. */
  static final Instant MONDAY = december(21, 9, 0).toInstant();

  @Test
  void proposalSkipsTheHolidayAndTheWeekendBeforeLookingBack() {
    // Thursday 24th is taken. One working day later is Monday 28th: Friday 25th is Christmas, then the weekend.
    // Counting Christmas or the Saturday as a day would try that day, fail, and propose Wednesday 23rd instead.
    Session thursday = session(SessionType.MATERI, 24, 8, 0, 10, 0);
    ScheduleRequest request = request(List.of(thursday), 30, one(TRAINING_ROOM));
    List<Hold> holds = List.of(hold(1, TRAINING_ROOM, 1, thursday, "Rapat Akhir Tahun"));

    Optional<List<Session>> proposal = nearest(MONDAY, request, holds);

    assertThat(proposal).contains(List.of(session(SessionType.MATERI, 28, 8, 0, 10, 0)));
  }

  @Test
  void everySessionMovesByTheSameWorkingDaysAtTheSameHours() {
    // Opening and material on Tuesday 22nd, practice on Wednesday 23rd; the speaker is away on Wednesday 23rd.
    List<Session> sessions = List.of(session(SessionType.PEMBUKAAN, 22, 8, 0, 9, 0), session(SessionType.MATERI, 22, 9, 0, 12, 0),
        session(SessionType.PRAKTIK, 23, 8, 0, 12, 0));
    ScheduleRequest request = request(sessions, 30, one(TRAINING_ROOM), one(SPEAKER));
    List<Hold> holds = List.of(hold(2, SPEAKER, 1, session(SessionType.MATERI, 23, 10, 0, 11, 0), "Seminar Literasi"));

    Optional<List<Session>> proposal = nearest(MONDAY, request, holds);

    // one day later the practice lands on Thursday 24th and the opening on Wednesday 23rd, which the speaker is away;
    // one day earlier is Monday 21st, whose opening at 08.00 has passed; two later is Thursday 24th and Monday 28th
    assertThat(proposal).contains(List.of(session(SessionType.PEMBUKAAN, 24, 8, 0, 9, 0), session(SessionType.MATERI, 24, 9, 0, 12, 0),
        session(SessionType.PRAKTIK, 28, 8, 0, 12, 0)));
  }

  @Test
  void noProposalWhenNoOtherDayCanHelp() {
    Session early = session(SessionType.PEMBUKAAN, 22, 7, 0, 8, 0);
    ScheduleRequest tooEarly = request(List.of(early), 30, one(TRAINING_ROOM));
    ScheduleRequest tooManyProjectors = request(List.of(session(SessionType.MATERI, 22, 9, 0, 10, 0)), 30,
        new ResourceDemand(PROJECTORS.id(), 3));

    assertThat(nearest(MONDAY, tooEarly, List.of())).isEmpty();
    assertThat(nearest(MONDAY, tooManyProjectors, List.of())).isEmpty();
  }

  @Test
  void conflictThatNoDaySolvesStopsTheSearchBeforeItStarts() {
    // the room alone would be free a day later, but with too few seats no day will do: the search does not even begin
    Session tuesday = session(SessionType.MATERI, 22, 9, 0, 10, 0);
    Hold meeting = hold(3, TRAINING_ROOM, 1, tuesday, "Rapat Koordinasi Arsip");
    ScheduleRequest request = request(List.of(tuesday), 30, one(TRAINING_ROOM));
    List<Conflict> conflicts = List.of(new Conflict.Booked(tuesday, TRAINING_ROOM, meeting), new Conflict.TooFewSeats(TRAINING_ROOM, 45));
    FreeSlotSearch search = new FreeSlotSearch(CALENDAR, MONDAY);

    assertThat(search.nearest(request, RESOURCES, conflicts.subList(0, 1), List.of(meeting))).isPresent();
    assertThat(search.nearest(request, RESOURCES, conflicts, List.of(meeting))).isEmpty();
  }

  @Test
  void searchGivesUpAfterThirtyWorkingDaysEachWayAndReadsOnlyThatFar() {
    // Tuesday 22nd; 30 working days earlier is Tuesday 10 November, 30 later Thursday 4 February 2027 (Christmas and New
    // Year skipped). The room is held every day from October to March but Friday 5 February, 31 working days later.
    Session tuesday = session(SessionType.MATERI, 22, 9, 0, 10, 0);
    ScheduleRequest request = request(List.of(tuesday), 30, one(TRAINING_ROOM));
    List<Hold> everyDayButOne = roomHeldEveryDayBut(tuesday, 45);
    FreeSlotSearch search = new FreeSlotSearch(CALENDAR, MONDAY);

    assertThat(nearest(MONDAY, request, everyDayButOne)).isEmpty();
    assertThat(search.windows(request, RESOURCES)).containsExactly(new Window(TRAINING_ROOM.id(),
        december(22, 9, 0).minusDays(42).minusMinutes(30).toInstant(), december(22, 10, 0).plusDays(44).plusMinutes(30).toInstant()));
  }

  @Test
  void theThirtiethWorkingDayIsStillSearched() {
    // as above, but free on Thursday 4 February 2027: the 30th working day after Tuesday 22nd, the search's last
    Session tuesday = session(SessionType.MATERI, 22, 9, 0, 10, 0);
    ScheduleRequest request = request(List.of(tuesday), 30, one(TRAINING_ROOM));
    List<Hold> everyDayButTheLast = roomHeldEveryDayBut(tuesday, 44);

    assertThat(nearest(MONDAY, request, everyDayButTheLast))
        .contains(List.of(tuesday.shiftedTo(tuesday.start().plus(Duration.ofDays(44)))));
  }

  @Test
  void nearestFreeDayAmongTheHoldsTheCheckReadNeedsNoFurtherRead() {
    // Tuesday 22nd is taken; the check read the holds of Monday 21st to Wednesday 23rd, and Wednesday is free
    Session tuesday = session(SessionType.MATERI, 22, 10, 0, 11, 0);
    ScheduleRequest request = request(List.of(tuesday), 30, one(TRAINING_ROOM));
    List<Hold> holds = List.of(hold(1, TRAINING_ROOM, 1, tuesday, "Rapat Akhir Tahun"));
    List<Window> read = windowsOn(request, 21, 22, 23);

    Optional<List<Session>> proposal = search().nearest(request, RESOURCES, conflicts(request, holds), holds, read, windows -> {
      throw new AssertionError("read again for " + windows);
    });

    assertThat(proposal).contains(List.of(session(SessionType.MATERI, 23, 10, 0, 11, 0)));
  }

  @Test
  void candidateBeyondWhatTheCheckReadIsJudgedOnlyOnHoldsReadForIt() {
    // Thursday 24th is taken. The check read a weekday either way (Wednesday 23rd to Friday 25th), not knowing that
    // Friday is Christmas: one working day later is Monday 28th, whose hold only a further read shows. Judged on what the
    // check read, Monday would look free and be proposed although it is taken.
    Session thursday = session(SessionType.MATERI, 24, 8, 0, 10, 0);
    ScheduleRequest request = request(List.of(thursday), 30, one(TRAINING_ROOM));
    Hold taken = hold(1, TRAINING_ROOM, 1, thursday, "Rapat Akhir Tahun");
    Hold monday = hold(2, TRAINING_ROOM, 1, session(SessionType.MATERI, 28, 8, 0, 10, 0), "Stok Opname");
    List<List<Window>> reads = new ArrayList<>();

    Optional<List<Session>> proposal = search().nearest(request, RESOURCES, conflicts(request, List.of(taken)), List.of(taken),
        windowsOn(request, 23, 24, 25), windows -> {
          reads.add(windows);
          return Stream.of(taken, monday).filter(h -> windows.stream().anyMatch(w -> w.meets(h))).toList();
        });

    assertThat(proposal).contains(List.of(session(SessionType.MATERI, 23, 8, 0, 10, 0)));
    assertThat(reads).hasSize(1);
    assertThat(reads.get(0)).containsAll(windowsOn(request, 28));
  }

  @Test
  void searchReadsItsCandidatesOwnHoursUpToEightWorkingDaysAwayThenTheWholeRangeOnce() {
    // free only on the 30th working day: the first read asks for the hours of the 16 candidates up to 8 working days
    // either way, the second for the whole range; the answer is the one of reading everything first
    Session tuesday = session(SessionType.MATERI, 22, 9, 0, 10, 0);
    ScheduleRequest request = request(List.of(tuesday), 30, one(TRAINING_ROOM));
    List<Hold> everyDayButTheLast = roomHeldEveryDayBut(tuesday, 44);
    List<Hold> asChecked = everyDayButTheLast.stream().filter(h -> new Window(TRAINING_ROOM.id(), tuesday.start(), tuesday.end()).meets(h))
        .toList();
    List<List<Window>> reads = new ArrayList<>();

    Optional<List<Session>> proposal = search().nearest(request, RESOURCES, conflicts(request, asChecked), asChecked,
        windowsOn(request, 22), windows -> {
          reads.add(windows);
          return everyDayButTheLast.stream().filter(h -> windows.stream().anyMatch(w -> w.meets(h))).toList();
        });

    assertThat(proposal).contains(List.of(tuesday.shiftedTo(tuesday.start().plus(Duration.ofDays(44)))));
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0)).hasSize(16).allSatisfy(w -> assertThat(Duration.between(w.from(), w.until())).isEqualTo(Duration.ofHours(2)));
    assertThat(reads.get(1)).isEqualTo(search().windows(request, RESOURCES));
  }

  private static FreeSlotSearch search() {
    return new FreeSlotSearch(CALENDAR, MONDAY);
  }

  private static List<Conflict> conflicts(ScheduleRequest request, List<Hold> holds) {
    return new ConflictCheck(CALENDAR, MONDAY).conflicts(request, RESOURCES, holds);
  }

  /** The request's windows with its sessions moved to each of the given days of December, at the same hours. */
  private static List<Window> windowsOn(ScheduleRequest request, int... days) {
    List<Window> windows = new ArrayList<>();
    for (int day : days) {
      List<Session> moved = request.sessions().stream().map(s -> s.shiftedTo(december(day, 0, 0).with(
          s.start().atZone(Schedules.JAKARTA).toLocalTime()).toInstant())).toList();
      windows.addAll(ConflictCheck.windows(request.withSessions(moved), RESOURCES));
    }
    return windows;
  }

  /** The training room held for maintenance at the session's hours on each day from 60 before to 90 after it, but one. */
  private static List<Hold> roomHeldEveryDayBut(Session session, int freeDaysAfter) {
    List<Hold> holds = new ArrayList<>();
    for (int day = -60; day <= 90; day++) {
      if (day != freeDaysAfter) {
        holds.add(hold(100 + day, TRAINING_ROOM, 1, session.shiftedTo(session.start().plus(Duration.ofDays(day))), "Pemeliharaan"));
      }
    }
    return holds;
  }

  private static Optional<List<Session>> nearest(Instant now, ScheduleRequest request, List<Hold> holds) {
    List<Conflict> conflicts = new ConflictCheck(CALENDAR, now).conflicts(request, RESOURCES, holds);
    assertThat(conflicts).as("the request as it stands").isNotEmpty();
    return new FreeSlotSearch(CALENDAR, now).nearest(request, RESOURCES, conflicts, holds);
  }
}
