package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.calendar.OfficeCalendars;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the round trips a piece of code makes to the database: every statement executed, and every commit, rollback
 * and savepoint. For benchmarks, which print the counts beside the times.
 */
final class CountingDataSource extends DelegatingDataSource {

  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
      "executeBatch", "executeLargeBatch");
  private static final Set<String> TRANSACTION_CALLS = Set.of("commit", "rollback", "setSavepoint", "releaseSavepoint");

  private final LongAdder statements = new LongAdder();
  private final LongAdder transactionCalls = new LongAdder();

  CountingDataSource(DataSource target) {
    super(target);
  }

  /** The reservation service as Spring wires it, on this data source, without Spring. */
  ReservationService reservationService(CalendarProperties calendar, Clock clock) throws SQLException {
    JdbcTemplate jdbc = new JdbcTemplate(this);
    ScheduleRepository repository = new ScheduleRepository(jdbc, this);
    OfficeCalendar office = OfficeCalendars.of(calendar, jdbc);
    ConflictCheckQuery query = new ConflictCheckQuery(jdbc, repository, office);
    return new ReservationService(repository, query, new UnitAllocation(repository, query), office,
        new DataSourceTransactionManager(this), clock);
  }

  long statements() {
    return statements.sum();
  }

  long transactionCalls() {
    return transactionCalls.sum();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(Connection.class, super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counting(Connection.class, super.getConnection(username, password));
  }

  private <T> T counting(Class<T> type, T target) {
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      count(method);
      Object result = invoke(target, method, args);
      return wrap(method, result);
    }));
  }

  private void count(Method method) {
    if (Statement.class.isAssignableFrom(method.getDeclaringClass()) && EXECUTIONS.contains(method.getName())) {
      statements.increment();
    } else if (method.getDeclaringClass() == Connection.class && TRANSACTION_CALLS.contains(method.getName())) {
      transactionCalls.increment();
    }
  }

  private Object wrap(Method method, Object result) {
    if (result instanceof CallableStatement callable) {
      return counting(CallableStatement.class, callable);
    }
    if (result instanceof PreparedStatement prepared) {
      return counting(PreparedStatement.class, prepared);
    }
    if (result instanceof Statement statement && method.getName().startsWith("create")) {
      return counting(Statement.class, statement);
    }
    return result;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
