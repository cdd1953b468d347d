package id.go.mojokertokab.asiek.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ActivityRepository {

  private final JdbcTemplate jdbc;

  ActivityRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Activity a) {
    jdbc.update("""
        insert into asiek_activity (activity_number, process_instance_id, agenda_number, letter_number, letter_date,
          subject, institution_name, institution_address, contact_name, contact_email, contact_phone,
          proposed_start_date, proposed_end_date, expected_participants, registered_by, registered_at, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        a.activityNumber(), a.processInstanceId(), a.agendaNumber(), a.letterNumber(), a.letterDate(), a.subject(),
        a.institutionName(), a.institutionAddress(), a.contactName(), a.contactEmail(), a.contactPhone(),
        a.proposedStartDate(), a.proposedEndDate(), a.expectedParticipants(), a.registeredBy(),
        Timestamp.from(a.registeredAt()), a.status().name());
  }

  public void updateStatus(String activityNumber, ActivityStatus status) {
    jdbc.update("update asiek_activity set status = ? where activity_number = ?", status.name(), activityNumber);
  }

  public Optional<Activity> find(String activityNumber) {
    return jdbc.query("select * from asiek_activity where activity_number = ?", ActivityRepository::map, activityNumber)
        .stream().findFirst();
  }

  /** The activity of a running process; its absence is a broken invariant, reported for Cockpit. */
  public Activity get(String activityNumber) {
    return find(activityNumber).orElseThrow(() -> new IllegalStateException("Kegiatan " + activityNumber + " tidak ditemukan"));
  }

  /** The most recently recorded activities first. */
  public List<Activity> latest(int limit) {
    return jdbc.query("select * from asiek_activity order by registered_at desc, activity_number desc fetch first ? rows only",
        ActivityRepository::map, limit);
  }

  public long count() {
    return jdbc.queryForObject("select count(*) from asiek_activity", Long.class);
  }

  private static Activity map(ResultSet rs, int row) throws SQLException {
    return new Activity(
        rs.getString("activity_number"), rs.getString("process_instance_id"), rs.getString("agenda_number"),
        rs.getString("letter_number"), rs.getDate("letter_date").toLocalDate(), rs.getString("subject"),
        rs.getString("institution_name"), rs.getString("institution_address"), rs.getString("contact_name"),
        rs.getString("contact_email"), rs.getString("contact_phone"), rs.getDate("proposed_start_date").toLocalDate(),
        rs.getDate("proposed_end_date").toLocalDate(), rs.getInt("expected_participants"), rs.getString("registered_by"),
        rs.getTimestamp("registered_at").toInstant(), ActivityStatus.valueOf(rs.getString("status")));
  }
}
