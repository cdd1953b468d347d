package id.go.mojokertokab.asiek.operations;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "database" in /actuator/health and its readiness group: UP when a connection answers within {@link #ANSWER_WITHIN}.
 * Spring's own check waits for the pool (up to 30 s while the database is away); this one asks on a thread of its own
 * and answers DOWN at once while an earlier question still waits, so readiness answers within seconds and is DOWN
 * while the database is away.
 */
@Component("database")
class DatabaseHealth implements HealthIndicator, DisposableBean {

  static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

  private final DataSource dataSource;
  private final ExecutorService prober = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "asiek-database-health");
    thread.setDaemon(true);
    return thread;
  });
  private CompletableFuture<Void> pending;

  DatabaseHealth(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public synchronized Health health() {
    if (pending == null || pending.isDone()) {
      pending = CompletableFuture.runAsync(this::probe, prober);
    }
    try {
      pending.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      return Health.up().build();
    } catch (TimeoutException waiting) {
      return Health.down().withDetail("reason", "no answer within " + ANSWER_WITHIN.toSeconds() + " s").build();
    } catch (ExecutionException failed) {
      return Health.down().withDetail("reason", String.valueOf(failed.getCause().getMessage())).build();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Health.down().build();
    }
  }

  private void probe() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid((int) ANSWER_WITHIN.toSeconds())) {
        throw new IllegalStateException("the connection is not valid");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public void destroy() {
    prober.shutdownNow();
  }
}
