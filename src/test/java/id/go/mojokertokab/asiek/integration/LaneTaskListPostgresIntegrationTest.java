package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.mojokertokab.asiek.security.Lanes;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * On PostgreSQL, where the engine's join of a lane's authorizations cost seconds at 10,000 open tasks (a nested loop
 * over every task and every authorization of the lane, BENCHMARKS.md "Task lists").
 */
@OnEmbeddedPostgres
@SpringBootTest
class LaneTaskListPostgresIntegrationTest extends LaneTaskListIntegrationTestBase {

  @Override
  void analyze() {
    jdbc.execute("analyze");
  }

  /**
   * The page and the count check the lane's authorizations in the where clause, each set read once, never as a join
   * of every task with every authorization (which took 10-30 s here; the speed itself is the benchmark's to measure).
   * The statements are read as the engine prepares them, from MyBatis's log of the mapper.
   */
  @Test
  void aLanesListOfTenThousandTasksChecksItsAuthorizationsWithoutJoiningThem() {
    Logger mapper = (Logger) LoggerFactory.getLogger(TASK_MAPPER);
    Level level = mapper.getLevel();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    mapper.addAppender(log);
    mapper.setLevel(Level.DEBUG);
    Page page;
    try {
      page = list();
    } finally {
      mapper.detachAppender(log);
      mapper.setLevel(level);
    }

    assertThat(page.total()).isEqualTo(ANALIS_TASKS);
    assertThat(page.tasks()).hasSize(15).allSatisfy(task -> assertThat(analisTasks).contains(task.getId()));
    List<String> prepared = log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("Preparing:"))
        .map(m -> m.replaceAll("\\s+", " ")).toList();
    assertThat(prepared).as("the page and the count").hasSize(2).allSatisfy(sql -> assertThat(sql)
        .doesNotContainPattern("(?i)\\)\\s*AUTH\\s+ON\\b")
        .containsIgnoringCase("RES.ID_ IN (SELECT AUTH.RESOURCE_ID_ FROM")
        .containsIgnoringCase("D.KEY_ IN (SELECT AUTH.RESOURCE_ID_ FROM"));
  }

  /** What Tasklist asks when the lane opens its filter: the first 15 candidate tasks, newest first, and their count. */
  private Page list() {
    return as("analis", Lanes.ANALIS_KERJASAMA, () -> {
      var query = taskService.createTaskQuery().taskCandidateGroup(Lanes.ANALIS_KERJASAMA).active().orderByTaskCreateTime().desc();
      return new Page(query.listPage(0, 15), query.count());
    });
  }

  private record Page(List<Task> tasks, long total) {}

  /** MyBatis logs each statement under its mapper's namespace. */
  private static final String TASK_MAPPER = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
}
