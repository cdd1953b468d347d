package id.go.mojokertokab.asiek.archive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each call joins the caller's transaction (a process step's) or commits on its own: outside one, a write would never commit. */
@Repository
@Transactional
class ArchiveRepository {

  private static final String SEPARATOR = "\n";
  private final JdbcTemplate jdbc;

  ArchiveRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ArchivePackage p) {
    jdbc.update("""
        insert into asiek_archive (activity_number, bag_path, payload_oxum, bagging_date, created_at, last_verified_at, intact, problems)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", p.activityNumber(), p.bagPath(), p.payloadOxum(), Date.valueOf(p.baggingDate()),
        Timestamp.from(p.createdAt()), Timestamp.from(p.lastVerifiedAt()), p.intact(), problems(p.problems()));
  }

  void verified(String activityNumber, Instant at, boolean intact, List<String> problems) {
    jdbc.update("update asiek_archive set last_verified_at = ?, intact = ?, problems = ? where activity_number = ?",
        Timestamp.from(at), intact, problems(problems), activityNumber);
  }

  Optional<ArchivePackage> find(String activityNumber) {
    return jdbc.query("select * from asiek_archive where activity_number = ?", ArchiveRepository::map, activityNumber).stream().findFirst();
  }

  List<ArchivePackage> all() {
    return jdbc.query("select * from asiek_archive order by activity_number", ArchiveRepository::map);
  }

  private static String problems(List<String> problems) {
    if (problems.isEmpty()) {
      return null;
    }
    String text = String.join(SEPARATOR, problems);
    return text.length() > 4000 ? text.substring(0, 3990) + " …" : text;
  }

  private static ArchivePackage map(ResultSet rs, int row) throws SQLException {
    String problems = rs.getString("problems");
    return new ArchivePackage(rs.getString("activity_number"), rs.getString("bag_path"), rs.getString("payload_oxum"),
        rs.getDate("bagging_date").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("last_verified_at").toInstant(), rs.getBoolean("intact"),
        problems == null ? List.of() : Arrays.asList(problems.split(SEPARATOR)));
  }
}
