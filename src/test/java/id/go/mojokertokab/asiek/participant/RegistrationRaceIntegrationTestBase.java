package id.go.mojokertokab.asiek.participant;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 64 people press "Daftar" at the same moment for 20 places: each on a connection of its own, released together by a
 * barrier. Exactly 20 are confirmed, each on a place of their own; 44 wait, numbered 1 to 44 without a gap or a double;
 * nobody got an error; and the process heard all 64. On both databases the office may run.
 */
abstract class RegistrationRaceIntegrationTestBase {

  static final int PEOPLE = 64;
  static final int PLACES = 20;
  /** Every person holds a connection at the barrier; the pool must not be what makes them queue. */
  static final String POOL_FOR_EVERYONE = "spring.datasource.hikari.maximum-pool-size=" + (PEOPLE + 6);

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired RegistrationDesk desk;
  @Autowired Registrations registrations;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void sixtyFourAtOnceForTwentyPlacesConfirmExactlyTwentyAndNumberTheRestWithoutADouble() throws Exception {
    ClockUtil.setCurrentTime(date(MONDAY_0900));
    ProcessInstance activity = OpenRegistration.of(engine, PLACES, MONDAY_0900.toLocalDate(), LocalDate.of(2026, 12, 21));
    String token = OpenRegistration.token(desk, activity);
    CyclicBarrier start = new CyclicBarrier(PEOPLE);
    ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
    List<Future<RegistrationOutcome>> futures = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      RegistrationForm form = new RegistrationForm("Peserta " + i, "Dusun Sumber, Mojosari", String.format("0812%08d", i),
          "peserta" + i + "@gmail.com", "SMPN 1 Mojosari", true);
      futures.add(pool.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        return desk.register(token, form);
      }));
    }
    List<RegistrationOutcome.Registered> outcomes = new ArrayList<>();
    for (Future<RegistrationOutcome> future : futures) {
      outcomes.add((RegistrationOutcome.Registered) future.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();

    List<Participant> all = registrations.of(activity.getBusinessKey());
    List<Participant> confirmed = all.stream().filter(p -> p.status() == ParticipantStatus.CONFIRMED).toList();
    List<Participant> waiting = all.stream().filter(p -> p.status() == ParticipantStatus.WAITING).toList();
    assertThat(all).hasSize(PEOPLE);
    assertThat(confirmed).hasSize(PLACES);
    assertThat(confirmed).extracting(Participant::seatNo).doesNotHaveDuplicates().allMatch(seat -> seat >= 1 && seat <= PLACES);
    assertThat(waiting).hasSize(PEOPLE - PLACES);
    assertThat(outcomes).filteredOn(o -> o.participant().status() == ParticipantStatus.WAITING)
        .extracting(RegistrationOutcome.Registered::waitingPlace)
        .as("each told a place on the list, 1 to 44, none twice").containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, PEOPLE - PLACES).boxed().toList());
    assertThat(all).extracting(Participant::phone).doesNotHaveDuplicates();
    assertThat(all).extracting(Participant::code).doesNotHaveDuplicates();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(activity.getId()).activityId("Task_SendRegistrationReceipt").count())
        .as("one receipt each").isEqualTo(PEOPLE);
  }

  @Test
  void theDatabaseItselfRefusesAConfirmedParticipantBeyondThePlaces() {
    ClockUtil.setCurrentTime(date(MONDAY_0900));
    ProcessInstance activity = OpenRegistration.of(engine, 1, MONDAY_0900.toLocalDate(), LocalDate.of(2026, 12, 28));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("""
        insert into asiek_participant (activity_number, code, status, seat_no, source, registered_at, changed_at)
        values (?, 'ZZZZZ2', 'CONFIRMED', 2, 'ONLINE', now(), now())""", activity.getBusinessKey()))
        .hasMessageContaining("asiek_participant");
  }
}
