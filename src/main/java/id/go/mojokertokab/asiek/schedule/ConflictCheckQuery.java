package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.calendar.WorkingCalendar;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a conflict check reads: the request's resources, the office's calendar around it and every hold that meets one
 * of its windows. On PostgreSQL one statement answers all three, so a check costs one round trip and one plan that the
 * server keeps; H2 asks for each in turn and gives the same answer. A component, not a {@code @Repository}: a record
 * cannot be proxied for exception translation, which {@link JdbcTemplate} does already.
 */
@Component
record ConflictCheckQuery(JdbcTemplate jdbc, ScheduleRepository repository, OfficeCalendar calendar) {

  /**
   * What {@link ConflictCheck} judges a request on. {@code holds} are at least those meeting its windows, each once, and
   * those meeting the windows {@code read}, which may reach further (the nearest days a free slot may be on).
   */
  record Reading(Map<String, Resource> resources, WorkingCalendar calendar, List<Hold> holds, List<Window> read) {

    List<Conflict> conflicts(ScheduleRequest request, Instant now) {
      return new ConflictCheck(calendar, now).conflicts(request, resources, holds);
    }
  }

  private static final String HOLD_COLUMNS = "u.booking_id, u.resource_id, u.unit_no, u.blocked_from, u.blocked_until, "
      + "b.title, b.activity_number, b.starts_at, b.ends_at";

  /**
   * The check in one statement. Each row says what it is ({@code row_kind}) and fills the columns of its kind: a
   * resource (R), a holiday (D), or a hold (H; {@code id} is its resource, {@code name} its booking's title) of a unit of an active resource during a session widened by the resource's buffer
   * (the windows of {@link ConflictCheck#windows}, built here from the resources the statement itself reads).
   * Parameters: each resource id, each session's start and end, first and last day of the calendar, the activity whose
   * own holds do not count (or null). The ids and sessions are listed, not passed as arrays: PostgreSQL then knows how
   * many rows they make, so the plan it keeps for a request's shape costs what a fresh plan would and is reused, where
   * an array of unknown length made every generic plan look dearer and it planned each check anew.
   */
  private static final String READ_SQL = """
      with resource as (
        select * from asiek_resource where id in (%s)
      ), session (starts_at, ends_at) as (
        %s
      )
      select 'R' as row_kind, r.id, r.kind, r.name, r.quantity, r.buffer_minutes, r.seats, r.email, r.active,
        null::bigint as booking_id, null::integer as unit_no, null::timestamptz as blocked_from,
        null::timestamptz as blocked_until, null::varchar as activity_number, null::timestamptz as starts_at,
        null::timestamptz as ends_at, null::date as holiday_date
      from resource r
      union all
      select 'D', null, null, h.name, null, null, null, null, null, null, null, null, null, null, null, null, h.holiday_date
      from asiek_holiday h
      where h.holiday_date between ? and ?
      union all
      select 'H', u.resource_id, null, b.title, null, null, null, null, null, u.booking_id, u.unit_no, u.blocked_from,
        u.blocked_until, b.activity_number, b.starts_at, b.ends_at, null
      from resource r
      join session s on r.active
      join asiek_booking_unit u on u.resource_id = r.id and u.blocked && tstzrange(
        s.starts_at - r.buffer_minutes * interval '1 minute', s.ends_at + r.buffer_minutes * interval '1 minute', '[)')
      join asiek_booking b on b.id = u.booking_id
      where (b.activity_number = ?) is not true""";

  /**
   * The resources the request demands, the calendar from {@code firstDay} to {@code lastDay} and the holds it meets. On
   * PostgreSQL also the holds that the same request would meet during {@code alsoDuring}, in the same statement; H2
   * reads the request's own windows only.
   */
  Reading read(ScheduleRequest request, List<Session> alsoDuring, LocalDate firstDay, LocalDate lastDay) {
    List<String> ids = request.demands().stream().map(ResourceDemand::resourceId).distinct().toList();
    if (!repository.isPostgres()) {
      Map<String, Resource> resources = repository.resources(ids);
      List<Window> windows = ConflictCheck.windows(request, resources);
      return new Reading(resources, calendar.between(firstDay, lastDay), overlapping(windows, request.activityNumber()), windows);
    }
    List<Session> sessions = new ArrayList<>(request.sessions());
    sessions.addAll(alsoDuring);
    Map<String, Resource> resources = new LinkedHashMap<>();
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    Map<List<Long>, Hold> holds = new LinkedHashMap<>();
    jdbc.query(connection -> bind(connection.prepareStatement(readSql(ids.size(), sessions.size())), ids,
        sessions, firstDay, lastDay, request.activityNumber()), rs -> {
          switch (rs.getString("row_kind")) {
            case "R" -> resources.put(rs.getString("id"), ScheduleRepository.resource(rs, 0));
            case "D" -> holidays.put(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"));
            default -> {
              Hold hold = new Hold(rs.getLong("booking_id"), rs.getString("id"), rs.getInt("unit_no"),
                  instant(rs, "blocked_from"), instant(rs, "blocked_until"), rs.getString("name"), rs.getString("activity_number"),
                  instant(rs, "starts_at"), instant(rs, "ends_at"));
              holds.putIfAbsent(List.of(hold.bookingId(), (long) hold.unitNo()), hold);
            }
          }
        });
    return new Reading(resources, calendar.with(holidays), List.copyOf(holds.values()),
        ConflictCheck.windows(request.withSessions(sessions), resources));
  }

  /** {@link #READ_SQL} for this many resources and sessions. */
  static String readSql(int resources, int sessions) {
    return READ_SQL.formatted(resources == 0 ? "null" : String.join(", ", Collections.nCopies(resources, "?")),
        sessions == 0 ? "select null::timestamptz, null::timestamptz where false"
            : "values " + String.join(", ", Collections.nCopies(sessions, "(?::timestamptz, ?::timestamptz)")));
  }

  /** Binds {@link #readSql}'s parameters; the benchmark binds its EXPLAIN the same way. */
  static PreparedStatement bind(PreparedStatement statement, List<String> resourceIds, List<Session> sessions, LocalDate firstDay,
      LocalDate lastDay, String exceptActivity) throws SQLException {
    int parameter = 1;
    for (String id : resourceIds) {
      statement.setString(parameter++, id);
    }
    for (Session session : sessions) {
      statement.setObject(parameter++, ScheduleRepository.utc(session.start()));
      statement.setObject(parameter++, ScheduleRepository.utc(session.end()));
    }
    statement.setObject(parameter++, firstDay);
    statement.setObject(parameter++, lastDay);
    statement.setString(parameter, exceptActivity);
    return statement;
  }

  /** Units of the resource blocked at any time in [from, until), other than by the given activity. */
  List<Hold> overlapping(String resourceId, Instant from, Instant until, String exceptActivity) {
    String overlap = repository.isPostgres()
        ? "u.blocked && tstzrange(?, ?, '[)')"
        : "u.blocked_from < ? and u.blocked_until > ?";
    Object[] period = repository.isPostgres()
        ? new Object[] {ScheduleRepository.utc(from), ScheduleRepository.utc(until)}
        : new Object[] {ScheduleRepository.utc(until), ScheduleRepository.utc(from)};
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
    return jdbc.query(sql, (rs, i) -> hold(rs), args.toArray());
  }

  /**
   * Every hold that meets one of the windows, other than the given activity's, each once. On PostgreSQL one statement
   * answers all windows; H2 asks window by window.
   */
  List<Hold> overlapping(List<Window> windows, String exceptActivity) {
    Map<List<Long>, Hold> holds = new LinkedHashMap<>();
    if (!repository.isPostgres()) {
      windows.forEach(w -> overlapping(w.resourceId(), w.from(), w.until(), exceptActivity)
          .forEach(h -> holds.putIfAbsent(List.of(h.bookingId(), (long) h.unitNo()), h)));
      return List.copyOf(holds.values());
    }
    if (windows.isEmpty()) {
      return List.of();
    }
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= windows.size(); i++) {
      rows.add("(?, ?::timestamptz, ?::timestamptz, " + i + ")");
    }
    // listed, not arrays: PostgreSQL keeps one plan per number of windows instead of planning every call anew
    String sql = "select " + HOLD_COLUMNS + " "
        + "from (values " + String.join(", ", rows) + ") as w(resource_id, from_at, until_at, ord) "
        + "join asiek_booking_unit u on u.blocked && tstzrange(w.from_at, w.until_at, '[)') and u.resource_id = w.resource_id "
        + "join asiek_booking b on b.id = u.booking_id "
        + "where (b.activity_number = ?) is not true "
        + "order by w.ord, b.starts_at, u.unit_no";
    jdbc.query(connection -> {
      var statement = connection.prepareStatement(sql);
      int parameter = 1;
      for (Window window : windows) {
        statement.setString(parameter++, window.resourceId());
        statement.setObject(parameter++, ScheduleRepository.utc(window.from()));
        statement.setObject(parameter++, ScheduleRepository.utc(window.until()));
      }
      statement.setString(parameter, exceptActivity);
      return statement;
    }, rs -> {
      Hold hold = hold(rs);
      holds.putIfAbsent(List.of(hold.bookingId(), (long) hold.unitNo()), hold);
    });
    return List.copyOf(holds.values());
  }

  private static Hold hold(ResultSet rs) throws SQLException {
    return new Hold(rs.getLong(1), rs.getString(2), rs.getInt(3), instant(rs, "blocked_from"), instant(rs, "blocked_until"),
        rs.getString(6), rs.getString(7), instant(rs, "starts_at"), instant(rs, "ends_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
