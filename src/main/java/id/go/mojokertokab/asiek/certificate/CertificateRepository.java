package id.go.mojokertokab.asiek.certificate;

import java.sql.Date;
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
class CertificateRepository {

  private final JdbcTemplate jdbc;

  CertificateRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Certificate c) {
    jdbc.update("""
        insert into asiek_certificate (code, activity_number, participant_name, participant_ref, activity_title, activity_date,
          activity_end_date, issued_at, issued_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", c.code(), c.activityNumber(), c.participantName(),
        c.participantRef(), c.activityTitle(), Date.valueOf(c.activityDate()), Date.valueOf(c.activityEndDate()), Timestamp.from(c.issuedAt()),
        c.issuedBy());
  }

  Optional<Certificate> find(String code) {
    return jdbc.query("select * from asiek_certificate where code = ?", CertificateRepository::map, code).stream().findFirst();
  }

  Optional<Certificate> of(String activityNumber, String participantRef) {
    return jdbc.query("select * from asiek_certificate where activity_number = ? and participant_ref = ?", CertificateRepository::map,
        activityNumber, participantRef).stream().findFirst();
  }

  List<Certificate> of(String activityNumber) {
    return jdbc.query("select * from asiek_certificate where activity_number = ? order by participant_name", CertificateRepository::map,
        activityNumber);
  }

  private static Certificate map(ResultSet rs, int row) throws SQLException {
    return new Certificate(rs.getString("code"), rs.getString("activity_number"), rs.getString("participant_name"),
        rs.getString("participant_ref"), rs.getString("activity_title"), rs.getDate("activity_date").toLocalDate(),
        rs.getDate("activity_end_date").toLocalDate(), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"));
  }
}
