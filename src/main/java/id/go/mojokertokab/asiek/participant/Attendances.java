package id.go.mojokertokab.asiek.participant;

import static id.go.mojokertokab.asiek.participant.Registrations.instant;
import static id.go.mojokertokab.asiek.participant.Registrations.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** asiek_attendance_day, asiek_attendance and asiek_attendance_sheet. */
@Repository
class Attendances {

  /** The two formats a closed day's list is kept in. */
  enum Format {
    PDF,
    CSV
  }

  private final JdbcTemplate jdbc;

  Attendances(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insertDay(String activityNumber, LocalDate date, Instant opensAt) {
    jdbc.update("insert into asiek_attendance_day (activity_number, attendance_date, opens_at) values (?, ?, ?)",
        activityNumber, date, ts(opensAt));
  }

  List<AttendanceDay> days(String activityNumber) {
    return jdbc.query("select * from asiek_attendance_day where activity_number = ? order by attendance_date", Attendances::day, activityNumber);
  }

  Optional<AttendanceDay> day(String activityNumber, LocalDate date) {
    return jdbc.query("select * from asiek_attendance_day where activity_number = ? and attendance_date = ?", Attendances::day,
        activityNumber, date).stream().findFirst();
  }

  /** Locks the day: check-ins and its closing happen one after another. */
  Optional<AttendanceDay> lockDay(String activityNumber, LocalDate date) {
    return jdbc.query("select * from asiek_attendance_day where activity_number = ? and attendance_date = ? for update", Attendances::day,
        activityNumber, date).stream().findFirst();
  }

  Optional<Instant> checkedInAt(long participantId, LocalDate date) {
    return jdbc.query("select checked_in_at from asiek_attendance where participant_id = ? and attendance_date = ?",
        (rs, row) -> instant(rs, "checked_in_at"), participantId, date).stream().findFirst();
  }

  void checkIn(long participantId, String activityNumber, LocalDate date, Instant at, String by) {
    jdbc.update("insert into asiek_attendance (participant_id, activity_number, attendance_date, checked_in_at, checked_in_by) values (?, ?, ?, ?, ?)",
        participantId, activityNumber, date, ts(at), by);
  }

  List<Attendee> attendees(String activityNumber, LocalDate date) {
    return jdbc.query("""
        select p.*, a.checked_in_at as attendance_at, a.checked_in_by as attendance_by
        from asiek_attendance a join asiek_participant p on p.id = a.participant_id
        where a.activity_number = ? and a.attendance_date = ? order by a.checked_in_at, p.id""",
        (rs, row) -> new Attendee(Registrations.participant(rs, row), instant(rs, "attendance_at"), rs.getString("attendance_by")),
        activityNumber, date);
  }

  long count(String activityNumber, LocalDate date) {
    return jdbc.queryForObject("select count(*) from asiek_attendance where activity_number = ? and attendance_date = ?", Long.class,
        activityNumber, date);
  }

  /** Everyone checked in on at least one day of the activity, in the order of their first check-in. */
  List<Long> attendedParticipantIds(String activityNumber) {
    return jdbc.queryForList("""
        select participant_id from asiek_attendance where activity_number = ?
        group by participant_id order by min(checked_in_at), participant_id""", Long.class, activityNumber);
  }

  List<LocalDate> daysAttended(long participantId) {
    return jdbc.queryForList("select attendance_date from asiek_attendance where participant_id = ? order by attendance_date",
        LocalDate.class, participantId);
  }

  void close(String activityNumber, LocalDate date, Instant at, String by, long count) {
    jdbc.update("update asiek_attendance_day set closed_at = ?, closed_by = ?, attendee_count = ? where activity_number = ? and attendance_date = ?",
        ts(at), by, count, activityNumber, date);
  }

  void saveSheet(String activityNumber, LocalDate date, Format format, byte[] content, String sha256, Instant at) {
    jdbc.update("delete from asiek_attendance_sheet where activity_number = ? and attendance_date = ? and format = ?",
        activityNumber, date, format.name());
    jdbc.update("insert into asiek_attendance_sheet (activity_number, attendance_date, format, content, sha256, created_at) values (?, ?, ?, ?, ?, ?)",
        activityNumber, date, format.name(), content, sha256, ts(at));
  }

  Optional<byte[]> sheet(String activityNumber, LocalDate date, Format format) {
    return jdbc.query("select content from asiek_attendance_sheet where activity_number = ? and attendance_date = ? and format = ?",
        (rs, row) -> rs.getBytes("content"), activityNumber, date, format.name()).stream().findFirst();
  }

  int deleteSheets(String activityNumber) {
    return jdbc.update("delete from asiek_attendance_sheet where activity_number = ?", activityNumber);
  }

  private static AttendanceDay day(ResultSet rs, int row) throws SQLException {
    return new AttendanceDay(rs.getString("activity_number"), rs.getObject("attendance_date", LocalDate.class), instant(rs, "opens_at"),
        instant(rs, "closed_at"), rs.getString("closed_by"), (Integer) rs.getObject("attendee_count", Integer.class));
  }
}
