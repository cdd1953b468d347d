package id.go.mojokertokab.asiek.schedule;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** asiek_resource, asiek_booking and asiek_booking_unit, in PostgreSQL's and H2's dialects. */
@Repository
public class ScheduleRepository {

  /** The first key of {@link #lockForBooking}'s advisory locks, so that they cannot meet locks taken for other ends. */
  private static final int BOOKING_LOCKS = 0x41534945;

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  ScheduleRepository(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
  }

  public boolean isPostgres() {
    return postgres;
  }

  public List<Resource> resources() {
    return jdbc.query("select * from asiek_resource order by kind, name", ScheduleRepository::resource);
  }

  public Optional<Resource> resource(String id) {
    return jdbc.query("select * from asiek_resource where id = ?", ScheduleRepository::resource, id).stream().findFirst();
  }

  /** The resources with these ids, active or not, by id. */
  public Map<String, Resource> resources(Collection<String> ids) {
    Map<String, Resource> found = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      String marks = String.join(",", ids.stream().map(id -> "?").toList());
      jdbc.query("select * from asiek_resource where id in (" + marks + ")", ScheduleRepository::resource, ids.toArray())
          .forEach(r -> found.put(r.id(), r));
    }
    return found;
  }

  /**
   * Serialises bookings of these resources until the transaction ends, so that a booking's check sees every booking
   * made before it and concurrent bookings never race for a unit. H2 locks the resources' rows. PostgreSQL takes an
   * advisory lock per resource instead (the rows stay free for the foreign keys of new bookings), always in the same
   * order, so two bookings never wait for each other; its exclusion constraint still refuses whatever bypasses this.
   */
  public void lockForBooking(Collection<String> resourceIds) {
    if (resourceIds.isEmpty()) {
      return;
    }
    if (postgres) {
      Integer[] keys = resourceIds.stream().map(String::hashCode).distinct().sorted().toArray(Integer[]::new);
      jdbc.query(connection -> {
        var statement = connection.prepareStatement("select pg_advisory_xact_lock(?, k) from unnest(?::integer[]) as k");
        statement.setInt(1, BOOKING_LOCKS);
        statement.setArray(2, connection.createArrayOf("integer", keys));
        return statement;
      }, rs -> {});
      return;
    }
    String marks = String.join(",", resourceIds.stream().map(id -> "?").toList());
    jdbc.queryForList("select id from asiek_resource where id in (" + marks + ") order by id for update", String.class,
        resourceIds.stream().sorted().toArray());
  }

  public long insertBooking(String resourceId, Instant start, Instant end, int quantity, String activityNumber,
      SessionType sessionType, String title, String createdBy, Instant createdAt) {
    return insertBooking(resourceId, start, end, quantity, activityNumber, sessionType, null, title, createdBy, createdAt).id();
  }

  /** Inserts a booking and returns it as stored, in one round trip. */
  public Booking insertBooking(String resourceId, Instant start, Instant end, int quantity, String activityNumber,
      SessionType sessionType, Integer sessionNo, String title, String createdBy, Instant createdAt) {
    String insert = """
        insert into asiek_booking (resource_id, starts_at, ends_at, quantity, activity_number, session_type, title,
          created_by, created_at, session_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    return jdbc.queryForObject(postgres ? insert + " returning *" : "select * from final table (" + insert + ")",
        ScheduleRepository::booking, resourceId, utc(start), utc(end), quantity, activityNumber,
        sessionType == null ? null : sessionType.name(), title, createdBy, utc(createdAt), sessionNo);
  }

  public void insertUnit(long bookingId, String resourceId, int unitNo, Instant blockedFrom, Instant blockedUntil) {
    insertUnits(bookingId, resourceId, List.of(unitNo), blockedFrom, blockedUntil);
  }

  /** Holds these units of the resource for the booking, in one round trip. */
  public void insertUnits(long bookingId, String resourceId, List<Integer> unitNos, Instant blockedFrom, Instant blockedUntil) {
    jdbc.batchUpdate("insert into asiek_booking_unit (booking_id, resource_id, unit_no, blocked_from, blocked_until) values (?, ?, ?, ?, ?)",
        unitNos.stream().map(unit -> new Object[] {bookingId, resourceId, unit, utc(blockedFrom), utc(blockedUntil)}).toList());
  }

  /** Moves the bookings of one session of an activity (every resource's) to a new period; their units are not touched. */
  public int moveSession(String activityNumber, int sessionNo, Instant start, Instant end) {
    return jdbc.update("update asiek_booking set starts_at = ?, ends_at = ? where activity_number = ? and session_no = ?",
        utc(start), utc(end), activityNumber, sessionNo);
  }

  /** Frees every unit the activity's bookings hold, so that they can be held again for the sessions as they now are. */
  public int deleteUnitsOf(String activityNumber) {
    return jdbc.update("delete from asiek_booking_unit where booking_id in (select id from asiek_booking where activity_number = ?)",
        activityNumber);
  }

  public int deleteBookingsOf(String activityNumber) {
    return jdbc.update("delete from asiek_booking where activity_number = ?", activityNumber);
  }

  /** Deletes a booking of the office's other events; an activity's bookings go with the activity only. */
  public boolean deleteOtherEventBooking(long id) {
    return jdbc.update("delete from asiek_booking where id = ? and activity_number is null", id) > 0;
  }

  public Optional<Booking> booking(long id) {
    return jdbc.query("select * from asiek_booking where id = ?", ScheduleRepository::booking, id).stream().findFirst();
  }

  /** What the activity holds now, read back from its bookings. */
  public ActivitySchedule activitySchedule(String activityNumber) {
    Map<String, Resource> resources = new LinkedHashMap<>();
    resources().forEach(r -> resources.put(r.id(), r));
    return ActivitySchedule.of(activityNumber, bookingsOf(activityNumber), resources);
  }

  public List<Booking> bookingsOf(String activityNumber) {
    return jdbc.query("select * from asiek_booking where activity_number = ? order by starts_at, resource_id",
        ScheduleRepository::booking, activityNumber);
  }

  /** Bookings that overlap [from, until), of one resource or of all. */
  public List<Booking> bookings(String resourceId, Instant from, Instant until) {
    return jdbc.query("select * from asiek_booking where starts_at < ? and ends_at > ?"
            + (resourceId == null ? "" : " and resource_id = ?") + " order by starts_at, resource_id",
        ScheduleRepository::booking,
        resourceId == null ? new Object[] {utc(until), utc(from)} : new Object[] {utc(until), utc(from), resourceId});
  }

  /** Raises and returns the iCalendar SEQUENCE of the activity's invitation (0 the first time). */
  public int nextRevision(String activityNumber) {
    if (jdbc.update("update asiek_schedule_revision set sequence_no = sequence_no + 1 where activity_number = ?", activityNumber) == 0) {
      jdbc.update("insert into asiek_schedule_revision (activity_number, sequence_no) values (?, 0)", activityNumber);
    }
    return jdbc.queryForObject("select sequence_no from asiek_schedule_revision where activity_number = ?", Integer.class, activityNumber);
  }

  public int revision(String activityNumber) {
    return jdbc.query("select sequence_no from asiek_schedule_revision where activity_number = ?",
        (rs, i) -> rs.getInt(1), activityNumber).stream().findFirst().orElse(0);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Resource resource(ResultSet rs, int row) throws SQLException {
    int seatCount = rs.getInt("seats");
    Integer seats = rs.wasNull() ? null : seatCount;
    return new Resource(rs.getString("id"), ResourceKind.valueOf(rs.getString("kind")), rs.getString("name"),
        rs.getInt("quantity"), rs.getInt("buffer_minutes"), seats, rs.getString("email"),
        rs.getBoolean("active"));
  }

  private static Booking booking(ResultSet rs, int row) throws SQLException {
    String type = rs.getString("session_type");
    return new Booking(rs.getLong("id"), rs.getString("resource_id"), instant(rs, "starts_at"), instant(rs, "ends_at"),
        rs.getInt("quantity"), rs.getString("activity_number"), type == null ? null : SessionType.valueOf(type),
        rs.getString("title"), rs.getString("created_by"), instant(rs, "created_at"), (Integer) rs.getObject("session_no", Integer.class));
  }
}
