package id.go.mojokertokab.asiek.schedule;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** asiek_resource, asiek_booking and asiek_booking_unit, in PostgreSQL's and H2's dialects. */
@Repository
public class ScheduleRepository {

  private static final String HOLD_COLUMNS = "u.booking_id, u.resource_id, u.unit_no, u.blocked_from, u.blocked_until, "
      + "b.title, b.activity_number, b.starts_at, b.ends_at";

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
   * Serialises bookings of these resources until the transaction ends. H2 needs it, having no exclusion constraint;
   * PostgreSQL's constraint decides there, so concurrent bookings of different units do not wait for each other.
   */
  public void lockForBooking(Collection<String> resourceIds) {
    if (postgres || resourceIds.isEmpty()) {
      return;
    }
    String marks = String.join(",", resourceIds.stream().map(id -> "?").toList());
    jdbc.queryForList("select id from asiek_resource where id in (" + marks + ") order by id for update", String.class,
        resourceIds.stream().sorted().toArray());
  }

  /** Units of the resource blocked at any time in [from, until), other than by the given activity. */
  public List<Hold> overlapping(String resourceId, Instant from, Instant until, String exceptActivity) {
    String overlap = postgres
        ? "u.blocked && tstzrange(?, ?, '[)')"
        : "u.blocked_from < ? and u.blocked_until > ?";
    Object[] period = postgres ? new Object[] {utc(from), utc(until)} : new Object[] {utc(until), utc(from)};
    String sql = "select " + HOLD_COLUMNS + " from asiek_booking_unit u join asiek_booking b on b.id = u.booking_id "
        + "where u.resource_id = ? and " + overlap
        + (exceptActivity == null ? "" : " and (b.activity_number is null or b.activity_number <> ?)")
        + " order by b.starts_at, u.unit_no";
    List<Object> args = new ArrayList<>();
    args.add(resourceId);
    args.addAll(List.of(period));
    if (exceptActivity != null) {
      args.add(exceptActivity);
    }
    return jdbc.query(sql, (rs, i) -> hold(rs, 1), args.toArray());
  }

  /**
   * Every hold that meets one of the windows, other than the given activity's, each once. On PostgreSQL one statement
   * answers all windows (one plan, one round trip); H2 asks window by window.
   */
  public List<Hold> overlapping(List<Window> windows, String exceptActivity) {
    Map<List<Long>, Hold> holds = new LinkedHashMap<>();
    if (!postgres) {
      windows.forEach(w -> overlapping(w.resourceId(), w.from(), w.until(), exceptActivity)
          .forEach(h -> holds.putIfAbsent(List.of(h.bookingId(), (long) h.unitNo()), h)));
      return List.copyOf(holds.values());
    }
    if (windows.isEmpty()) {
      return List.of();
    }
    String sql = "select " + HOLD_COLUMNS + " "
        + "from unnest(?::varchar[], ?::timestamptz[], ?::timestamptz[]) with ordinality as w(resource_id, from_at, until_at, ord) "
        + "join asiek_booking_unit u on u.blocked && tstzrange(w.from_at, w.until_at, '[)') and u.resource_id = w.resource_id "
        + "join asiek_booking b on b.id = u.booking_id"
        + (exceptActivity == null ? "" : " where (b.activity_number is null or b.activity_number <> ?)")
        + " order by w.ord, b.starts_at, u.unit_no";
    jdbc.query(connection -> {
      var statement = connection.prepareStatement(sql);
      statement.setArray(1, connection.createArrayOf("varchar", windows.stream().map(Window::resourceId).toArray()));
      statement.setArray(2, connection.createArrayOf("text", windows.stream().map(w -> w.from().toString()).toArray()));
      statement.setArray(3, connection.createArrayOf("text", windows.stream().map(w -> w.until().toString()).toArray()));
      if (exceptActivity != null) {
        statement.setString(4, exceptActivity);
      }
      return statement;
    }, rs -> {
      Hold hold = hold(rs, 1);
      holds.putIfAbsent(List.of(hold.bookingId(), (long) hold.unitNo()), hold);
    });
    return List.copyOf(holds.values());
  }

  public long insertBooking(String resourceId, Instant start, Instant end, int quantity, String activityNumber,
      SessionType sessionType, String title, String createdBy, Instant createdAt) {
    return insertBooking(resourceId, start, end, quantity, activityNumber, sessionType, null, title, createdBy, createdAt);
  }

  public long insertBooking(String resourceId, Instant start, Instant end, int quantity, String activityNumber,
      SessionType sessionType, Integer sessionNo, String title, String createdBy, Instant createdAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into asiek_booking (resource_id, starts_at, ends_at, quantity, activity_number, session_type, title,
            created_by, created_at, session_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, resourceId);
      statement.setObject(2, utc(start));
      statement.setObject(3, utc(end));
      statement.setInt(4, quantity);
      statement.setString(5, activityNumber);
      statement.setString(6, sessionType == null ? null : sessionType.name());
      statement.setString(7, title);
      statement.setString(8, createdBy);
      statement.setObject(9, utc(createdAt));
      statement.setObject(10, sessionNo, java.sql.Types.INTEGER);
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  public void insertUnit(long bookingId, String resourceId, int unitNo, Instant blockedFrom, Instant blockedUntil) {
    jdbc.update("insert into asiek_booking_unit (booking_id, resource_id, unit_no, blocked_from, blocked_until) values (?, ?, ?, ?, ?)",
        bookingId, resourceId, unitNo, utc(blockedFrom), utc(blockedUntil));
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

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Hold hold(ResultSet rs, int first) throws SQLException {
    return new Hold(rs.getLong(first), rs.getString(first + 1), rs.getInt(first + 2), instant(rs, first + 3), instant(rs, first + 4),
        rs.getString(first + 5), rs.getString(first + 6), instant(rs, first + 7), instant(rs, first + 8));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Resource resource(ResultSet rs, int row) throws SQLException {
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
