package id.go.mojokertokab.asiek.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** asiek_registration_window, asiek_registration_seat and asiek_participant. */
@Repository
class Registrations {

  private final JdbcTemplate jdbc;

  Registrations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insertWindow(RegistrationWindow w) {
    jdbc.update("""
        insert into asiek_registration_window (activity_number, token, capacity, deadline, closes_at, first_day, last_day, opened_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        w.activityNumber(), w.token(), w.capacity(), w.deadline(), ts(w.closesAt()), w.firstDay(), w.lastDay(), ts(w.openedAt()));
    // every place in one statement, one round trip (capacity is at most 300, the form's limit)
    List<Object> places = new ArrayList<>();
    for (int seat = 1; seat <= w.capacity(); seat++) {
      places.add(w.activityNumber());
      places.add(seat);
    }
    jdbc.update("insert into asiek_registration_seat (activity_number, seat_no) values "
        + String.join(", ", Collections.nCopies(w.capacity(), "(?, ?)")), places.toArray());
  }

  Optional<RegistrationWindow> window(String activityNumber) {
    return jdbc.query("select * from asiek_registration_window where activity_number = ?", Registrations::window, activityNumber)
        .stream().findFirst();
  }

  Optional<RegistrationWindow> windowByToken(String token) {
    return jdbc.query("select * from asiek_registration_window where token = ?", Registrations::window, token).stream().findFirst();
  }

  /**
   * Locks the activity's registration until the transaction ends: registrations, cancellations and the final list of
   * one activity then happen one after another, so the free place and the waiting number each reads are still true
   * when it writes.
   */
  Optional<RegistrationWindow> lockWindow(String activityNumber) {
    return jdbc.query("select * from asiek_registration_window where activity_number = ? for update", Registrations::window, activityNumber)
        .stream().findFirst();
  }

  List<RegistrationWindow> windows() {
    return jdbc.query("select * from asiek_registration_window order by first_day desc, activity_number", Registrations::window);
  }

  /** Windows whose personal data are due for purging: last day before {@code lastDayBefore}, not purged yet. */
  List<RegistrationWindow> windowsEndedBefore(LocalDate lastDayBefore) {
    return jdbc.query("select * from asiek_registration_window where purged_at is null and last_day < ? order by activity_number",
        Registrations::window, lastDayBefore);
  }

  void close(String activityNumber, Instant at, String by) {
    jdbc.update("update asiek_registration_window set closed_at = ?, closed_by = ? where activity_number = ? and closed_at is null",
        ts(at), by, activityNumber);
  }

  /** The session days after a session moved, and the deadline when it moved too. */
  void moveDays(String activityNumber, LocalDate firstDay, LocalDate lastDay, LocalDate deadline, Instant closesAt) {
    jdbc.update("update asiek_registration_window set first_day = ?, last_day = ?, deadline = ?, closes_at = ? where activity_number = ?",
        firstDay, lastDay, deadline, ts(closesAt), activityNumber);
  }

  void cancelActivity(String activityNumber, Instant at) {
    jdbc.update("update asiek_registration_window set cancelled_at = ?, closed_at = coalesce(closed_at, ?), closed_by = coalesce(closed_by, 'pembatalan kegiatan') where activity_number = ?",
        ts(at), ts(at), activityNumber);
  }

  void fixList(String activityNumber, Instant at, String by) {
    jdbc.update("update asiek_registration_window set list_fixed_at = ?, list_fixed_by = ? where activity_number = ?", ts(at), by, activityNumber);
  }

  void markPurged(String activityNumber, Instant at) {
    jdbc.update("update asiek_registration_window set purged_at = ? where activity_number = ?", ts(at), activityNumber);
  }

  /** The lowest place nobody holds, if any. */
  Optional<Integer> freeSeat(String activityNumber) {
    return Optional.ofNullable(jdbc.queryForObject("""
        select min(s.seat_no) from asiek_registration_seat s
        where s.activity_number = ?
          and not exists (select 1 from asiek_participant p where p.activity_number = s.activity_number and p.seat_no = s.seat_no)""",
        Integer.class, activityNumber));
  }

  int nextWaitNo(String activityNumber) {
    return jdbc.queryForObject("select coalesce(max(wait_no), 0) + 1 from asiek_participant where activity_number = ?", Integer.class, activityNumber);
  }

  /** 1 for the first on the waiting list. */
  int waitingPlace(Participant participant) {
    return jdbc.queryForObject("select count(*) from asiek_participant where activity_number = ? and status = 'WAITING' and wait_no <= ?",
        Integer.class, participant.activityNumber(), participant.waitNo());
  }

  boolean phoneTaken(String activityNumber, String phone) {
    return jdbc.queryForObject("select count(*) from asiek_participant where activity_number = ? and active_phone = ?",
        Integer.class, activityNumber, phone) > 0;
  }

  long insert(Participant p) {
    jdbc.update("""
        insert into asiek_participant (activity_number, code, secret, status, seat_no, wait_no, full_name, address, phone,
          active_phone, email, affiliation, consent_version, consented_at, source, registered_at, changed_at, changed_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        p.activityNumber(), p.code(), p.secret(), p.status().name(), p.seatNo(), p.waitNo(), p.fullName(), p.address(), p.phone(),
        p.status().active() ? p.phone() : null, p.email(), p.affiliation(), p.consentVersion(), ts(p.consentedAt()),
        p.source().name(), ts(p.registeredAt()), ts(p.changedAt()), p.changedBy());
    return jdbc.queryForObject("select id from asiek_participant where code = ?", Long.class, p.code());
  }

  boolean codeTaken(String code) {
    return jdbc.queryForObject("select count(*) from asiek_participant where code = ?", Integer.class, code) > 0;
  }

  /** A new status; the place, the waiting number and the phone's hold follow from it. */
  void changeStatus(long id, ParticipantStatus status, Integer seatNo, String reason, Instant at, String by) {
    jdbc.update("""
        update asiek_participant set status = ?, seat_no = ?,
          active_phone = case when ? then phone else null end,
          removal_reason = coalesce(?, removal_reason), changed_at = ?, changed_by = ?
        where id = ?""",
        status.name(), seatNo, status.active(), reason, ts(at), by, id);
  }

  Optional<Participant> byId(long id) {
    return jdbc.query("select * from asiek_participant where id = ?", Registrations::participant, id).stream().findFirst();
  }

  Optional<Participant> bySecret(String secret) {
    return jdbc.query("select * from asiek_participant where secret = ?", Registrations::participant, secret).stream().findFirst();
  }

  Optional<Participant> byCode(String activityNumber, String code) {
    return jdbc.query("select * from asiek_participant where activity_number = ? and code = ?", Registrations::participant, activityNumber, code)
        .stream().findFirst();
  }

  List<Participant> of(String activityNumber) {
    return jdbc.query("select * from asiek_participant where activity_number = ? order by registered_at, id", Registrations::participant, activityNumber);
  }

  List<Participant> waiting(String activityNumber) {
    return jdbc.query("select * from asiek_participant where activity_number = ? and status = 'WAITING' order by wait_no",
        Registrations::participant, activityNumber);
  }

  long count(String activityNumber, ParticipantStatus status) {
    return jdbc.queryForObject("select count(*) from asiek_participant where activity_number = ? and status = ?", Long.class,
        activityNumber, status.name());
  }

  /** Empties the personal fields of one registration (its codes and counts stay). */
  void erase(long id, Instant at, String by) {
    jdbc.update("""
        update asiek_participant set secret = null, full_name = null, address = null, phone = null, active_phone = null,
          email = null, affiliation = null, erased_at = ?, changed_at = ?, changed_by = ?
        where id = ?""", ts(at), ts(at), by, id);
  }

  private static RegistrationWindow window(ResultSet rs, int row) throws SQLException {
    return new RegistrationWindow(rs.getString("activity_number"), rs.getString("token"), rs.getInt("capacity"),
        rs.getObject("deadline", LocalDate.class), instant(rs, "closes_at"), rs.getObject("first_day", LocalDate.class),
        rs.getObject("last_day", LocalDate.class), instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getString("closed_by"),
        instant(rs, "list_fixed_at"), rs.getString("list_fixed_by"), instant(rs, "cancelled_at"), instant(rs, "purged_at"));
  }

  static Participant participant(ResultSet rs, int row) throws SQLException {
    return new Participant(rs.getLong("id"), rs.getString("activity_number"), rs.getString("code"), rs.getString("secret"),
        ParticipantStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("seat_no", Integer.class),
        (Integer) rs.getObject("wait_no", Integer.class), rs.getString("full_name"), rs.getString("address"), rs.getString("phone"),
        rs.getString("email"), rs.getString("affiliation"), rs.getString("consent_version"), instant(rs, "consented_at"),
        Participant.Source.valueOf(rs.getString("source")), instant(rs, "registered_at"), instant(rs, "changed_at"),
        rs.getString("changed_by"), rs.getString("removal_reason"), instant(rs, "erased_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
