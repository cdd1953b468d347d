package id.go.mojokertokab.asiek.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Turns off H2's reuse of query results, for the whole embedded database, before anything books.
 *
 * <p>H2 answers a statement it ran before, with the same parameters, from the last result unless a table it reads was
 * changed since. Under MVCC a committing transaction marks its tables as changed only after its rows became visible and
 * its row locks were released, so a transaction that waited on such a lock ({@code select ... for update} before a
 * booking, a registration or an attendance day) and then asks again may be handed its earlier answer, missing what the
 * winner just committed: a projector of two units once held three times. PostgreSQL has no such cache.
 */
@Component
class H2ResultReuse {

  H2ResultReuse(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
      }
    }
  }
}
