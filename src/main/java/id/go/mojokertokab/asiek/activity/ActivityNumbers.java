package id.go.mojokertokab.asiek.activity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out activity numbers such as ASIEK-2026-0007, one counter per year. The counter row is updated in the
 * caller's transaction, so a start that rolls back gives its number back and concurrent starts queue on the row.
 */
@Component
public class ActivityNumbers {

  private final JdbcTemplate jdbc;

  ActivityNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next(int year) {
    if (jdbc.update("update asiek_activity_sequence set last_number = last_number + 1 where sequence_year = ?", year) == 0) {
      try {
        jdbc.update("insert into asiek_activity_sequence (sequence_year, last_number) values (?, 1)", year);
      } catch (DuplicateKeyException concurrentFirstOfYear) {
        jdbc.update("update asiek_activity_sequence set last_number = last_number + 1 where sequence_year = ?", year);
      }
    }
    Integer number = jdbc.queryForObject("select last_number from asiek_activity_sequence where sequence_year = ?", Integer.class, year);
    return format(year, number);
  }

  static String format(int year, int number) {
    return String.format("ASIEK-%d-%04d", year, number);
  }
}
