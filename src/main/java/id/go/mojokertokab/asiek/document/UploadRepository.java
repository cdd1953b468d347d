package id.go.mojokertokab.asiek.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each call joins the caller's transaction (a process step's) or commits on its own: outside one, a write would never commit. */
@Repository
@Transactional
class UploadRepository {

  private final JdbcTemplate jdbc;

  UploadRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Upload u) {
    jdbc.update("""
        insert into asiek_upload (id, activity_number, kind, file_name, length_bytes, sha256, created_by, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", u.id(), u.activityNumber(), u.kind().name(), u.fileName(), u.length(), u.sha256(),
        u.createdBy(), Timestamp.from(u.createdAt()), Timestamp.from(u.updatedAt()));
  }

  Optional<Upload> find(String id) {
    return jdbc.query("select * from asiek_upload where id = ?", UploadRepository::map, id).stream().findFirst();
  }

  void touch(String id, Instant now) {
    jdbc.update("update asiek_upload set updated_at = ? where id = ?", Timestamp.from(now), id);
  }

  void finish(String id, String documentId, Instant now) {
    jdbc.update("update asiek_upload set document_id = ?, updated_at = ? where id = ?", documentId, Timestamp.from(now), id);
  }

  void delete(String id) {
    jdbc.update("delete from asiek_upload where id = ?", id);
  }

  /** Uploads untouched since {@code before}: abandoned ones and finished ones whose last answer is no longer needed. */
  List<Upload> untouchedSince(Instant before) {
    return jdbc.query("select * from asiek_upload where updated_at < ?", UploadRepository::map, Timestamp.from(before));
  }

  boolean exists(String id) {
    return jdbc.queryForObject("select count(*) from asiek_upload where id = ?", Long.class, id) > 0;
  }

  private static Upload map(ResultSet rs, int row) throws SQLException {
    return new Upload(rs.getString("id"), rs.getString("activity_number"), DocumentKind.valueOf(rs.getString("kind")),
        rs.getString("file_name"), rs.getLong("length_bytes"), rs.getString("sha256"), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getString("document_id"));
  }
}
