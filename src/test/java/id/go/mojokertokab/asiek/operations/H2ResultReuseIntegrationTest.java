package id.go.mojokertokab.asiek.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded database never answers a repeated query from its last result: a booking that waited for another's lock
 * must read what that one committed (ScheduleConcurrencyH2IntegrationTest shows the race, about once in a hundred runs).
 */
@SpringBootTest
@ActiveProfiles("test")
class H2ResultReuseIntegrationTest {

  @Autowired DataSource dataSource;

  @Test
  void theEmbeddedDatabaseReusesNoResults() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.unwrap(JdbcConnection.class).getSession()).isInstanceOfSatisfying(org.h2.engine.SessionLocal.class,
          session -> assertThat(session.getDatabase().getOptimizeReuseResults()).as("H2's OPTIMIZE_REUSE_RESULTS").isFalse());
    }
  }
}
