package id.go.mojokertokab.asiek.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.integration.OnEmbeddedPostgres;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the SOP compliance report takes over 10,000 finished activities (50,000 completed user tasks of the
 * engine's history) on PostgreSQL, for docs/BENCHMARKS.md. A benchmark, not a test: its name does not end in Test, so
 * mvn verify never runs it. {@code mvn -B test -Dtest=ComplianceReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@OnEmbeddedPostgres
@SpringBootTest
class ComplianceReportBenchmark {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final int ACTIVITIES = 10_000;
  static final String[] TASKS = {Elements.TASK_DISPOSE_REQUEST, Elements.TASK_COORDINATE_WITH_REQUESTER, Elements.TASK_PREPARE_EQUIPMENT,
      Elements.TASK_PREPARE_ROOM, Elements.TASK_CONFIRM_SPEAKER_MATERIAL};
  static final int WARM_UP = 5;
  static final int TIMED = 30;

  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  @Autowired SopCompliance compliance;

  @Test
  void reportOverTenThousandFinishedActivities() {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY).latestVersion()
        .singleResult().getId();
    long loaded = System.nanoTime();
    load(definition);
    jdbc.execute("analyze ACT_HI_TASKINST");
    System.out.printf("loaded %,d task instances in %.1f s%n", jdbc.queryForObject("select count(*) from ACT_HI_TASKINST", Long.class),
        (System.nanoTime() - loaded) / 1e9);

    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    Instant now = ZonedDateTime.of(2027, 1, 4, 9, 0, 0, 0, JAKARTA).toInstant();
    for (int i = 0; i < WARM_UP; i++) {
      compliance.report(from, to, null, now);
    }
    double[] millis = new double[TIMED];
    SopCompliance.Report report = null;
    for (int i = 0; i < TIMED; i++) {
      long start = System.nanoTime();
      report = compliance.report(from, to, null, now);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    double[] lane = new double[TIMED];
    for (int i = 0; i < TIMED; i++) {
      long start = System.nanoTime();
      compliance.report(LocalDate.of(2026, 1, 1), to, "kadis", now);
      lane[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    Arrays.sort(lane);
    assertThat(report.completed()).as("tasks completed within the two years").isGreaterThan(ACTIVITIES * TASKS.length * 99 / 100);
    System.out.printf("whole report, 2 years, every lane (%,d tasks): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
        report.completed(), millis[TIMED / 2], millis[(int) Math.ceil(0.95 * TIMED) - 1], millis[TIMED - 1]);
    System.out.printf("one lane (kadis), one year: median %.1f ms, p95 %.1f ms%n", lane[TIMED / 2], lane[(int) Math.ceil(0.95 * TIMED) - 1]);
    jdbc.queryForList("explain (analyze, buffers) select TASK_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_ from ACT_HI_TASKINST "
            + "where END_TIME_ >= ? and END_TIME_ < ? and PROC_DEF_KEY_ = ? and DELETE_REASON_ = 'completed'", String.class,
        Timestamp.valueOf("2026-01-01 00:00:00"), Timestamp.valueOf("2026-07-01 00:00:00"), PustakaAsiekProcess.KEY)
        .forEach(System.out::println);
    report.rows().forEach(r -> System.out.printf("row %s: %d completed, median %d, p90 %d office minutes, %d late%n", r.row(), r.completed(),
        r.medianMinutes(), r.p90Minutes(), r.late()));
  }

  /** 10,000 activities over 2025–2026, each with five completed tasks of 5 minutes to 3 office days. */
  private void load(String definition) {
    Random random = new Random(11);
    List<Object[]> rows = new ArrayList<>();
    ZonedDateTime first = ZonedDateTime.of(2025, 1, 2, 8, 0, 0, 0, JAKARTA);
    for (int a = 0; a < ACTIVITIES; a++) {
      String instance = UUID.randomUUID().toString();
      ZonedDateTime start = first.plusMinutes(random.nextInt(729 * 24 * 60));
      for (String task : TASKS) {
        ZonedDateTime end = start.plusMinutes(5 + random.nextInt(3 * 24 * 60));
        rows.add(new Object[] {UUID.randomUUID().toString(), PustakaAsiekProcess.KEY, definition, instance, instance, instance,
            "Task:" + UUID.randomUUID(), task, task, Timestamp.from(start.toInstant()), Timestamp.from(end.toInstant()),
            end.toInstant().toEpochMilli() - start.toInstant().toEpochMilli()});
        start = end;
      }
      if (rows.size() >= 5_000) {
        insert(rows);
        rows.clear();
      }
    }
    insert(rows);
  }

  private void insert(List<Object[]> rows) {
    jdbc.batchUpdate("insert into ACT_HI_TASKINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, "
        + "ACT_INST_ID_, NAME_, TASK_DEF_KEY_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed', 50)", rows);
  }
}
