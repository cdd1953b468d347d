package id.go.mojokertokab.asiek.activity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out activity numbers such as ASIEK-2026-0007, one counter per year. The counter row is updated in the
 * caller's transaction, so a start that rolls back gives its number back and concurrent starts queue on the row. The
 * first start of a year creates the row; when two do so at once, the second insert fails inside a savepoint (on
 * PostgreSQL a failed statement would otherwise abort the whole start) and then counts on the row the first created.
 */
@Component
public class ActivityNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  ActivityNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public String next(int year) {
    if (increment(year) == 0) {
      try {
        savepoint.executeWithoutResult(status ->
            jdbc.update("insert into asiek_activity_sequence (sequence_year, last_number) values (?, 1)", year));
      } catch (DuplicateKeyException concurrentFirstOfYear) {
        increment(year);
      }
    }
    Integer number = jdbc.queryForObject("select last_number from asiek_activity_sequence where sequence_year = ?", Integer.class, year);
    return format(year, number);
  }

  private int increment(int year) {
    return jdbc.update("update asiek_activity_sequence set last_number = last_number + 1 where sequence_year = ?", year);
  }

  static String format(int year, int number) {
    return String.format("ASIEK-%d-%04d", year, number);
  }
}
