package id.go.mojokertokab.asiek.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each call joins the caller's transaction (a process step's) or commits on its own: outside one, a write would never commit. */
@Repository
@Transactional
public class DocumentRepository {

  private final JdbcTemplate jdbc;

  DocumentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Document d) {
    jdbc.update("""
        insert into asiek_document (id, activity_number, kind, file_name, size_bytes, sha256, media_type, uploaded_by, uploaded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", d.id(), d.activityNumber(), d.kind().name(), d.fileName(), d.size(), d.sha256(),
        d.mediaType(), d.uploadedBy(), Timestamp.from(d.uploadedAt()));
  }

  public Optional<Document> find(String id) {
    return jdbc.query("select * from asiek_document where id = ?", DocumentRepository::map, id).stream().findFirst();
  }

  /** The activity's documents, by kind and then in the order they came (by name when they came at once). */
  public List<Document> of(String activityNumber) {
    return jdbc.query("select * from asiek_document where activity_number = ? order by kind, uploaded_at, file_name, id", DocumentRepository::map,
        activityNumber);
  }

  public long count(String activityNumber, DocumentKind kind) {
    return jdbc.queryForObject("select count(*) from asiek_document where activity_number = ? and kind = ?", Long.class,
        activityNumber, kind.name());
  }

  boolean exists(String id) {
    return jdbc.queryForObject("select count(*) from asiek_document where id = ?", Long.class, id) > 0;
  }

  private static Document map(ResultSet rs, int row) throws SQLException {
    return new Document(rs.getString("id"), rs.getString("activity_number"), DocumentKind.valueOf(rs.getString("kind")),
        rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("media_type"),
        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
  }
}
