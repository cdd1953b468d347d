package id.go.mojokertokab.asiek.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Activity numbers on real PostgreSQL, where a failed statement aborts its whole transaction. */
class ActivityNumbersPostgresIntegrationTest {

  static EmbeddedPostgres postgres;
  static JdbcTemplate jdbc;
  static ActivityNumbers numbers;
  static TransactionTemplate transaction;

  @BeforeAll
  static void database() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    DataSource dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).table("asiek_flyway_history")
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    numbers = new ActivityNumbers(jdbc, transactions);
    transaction = new TransactionTemplate(transactions);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void numbersStartAtOneEachYearAndFollowEachOther() {
    assertThat(next(2041)).isEqualTo("ASIEK-2041-0001");
    assertThat(next(2041)).isEqualTo("ASIEK-2041-0002");
    assertThat(next(2042)).isEqualTo("ASIEK-2042-0001");
  }

  @Test
  void aNumberRolledBackWithItsStartIsGivenOutAgain() {
    next(2043);
    transaction.executeWithoutResult(status -> {
      numbers.next(2043);
      status.setRollbackOnly();
    });
    assertThat(next(2043)).isEqualTo("ASIEK-2043-0002");
  }

  /**
   * Two first starts of a year at once: the second one's insert waits for the first transaction, then fails on the
   * key. It must still get the next number, not abort the start ("current transaction is aborted").
   */
  @Test
  void twoFirstStartsOfAYearBothGetANumber() throws Exception {
    CountDownLatch firstHoldsTheRow = new CountDownLatch(1);
    CountDownLatch secondIsWaiting = new CountDownLatch(1);
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
      String number = numbers.next(2044);
      firstHoldsTheRow.countDown();
      waitFor(secondIsWaiting);
      return number;
    }));
    waitFor(firstHoldsTheRow);
    CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> transaction.execute(status -> numbers.next(2044)));
    await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into asiek_activity_sequence%'", Long.class) == 1);
    secondIsWaiting.countDown();

    assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("ASIEK-2044-0001");
    assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo("ASIEK-2044-0002");
    assertThat(jdbc.queryForObject("select last_number from asiek_activity_sequence where sequence_year = 2044", Integer.class)).isEqualTo(2);
  }

  private static String next(int year) {
    return transaction.execute(status -> numbers.next(year));
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
