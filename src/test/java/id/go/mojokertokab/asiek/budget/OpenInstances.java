package id.go.mojokertokab.asiek.budget;

import id.go.mojokertokab.asiek.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open instances of the deployed process, each waiting at KADIS's disposition: started through the start form as the
 * registrar does (the same listeners, activity number, task-local variables and timeout timer as in use), by a few
 * threads at once.
 */
final class OpenInstances {

  private final RestDriver rest;
  private final int threads;
  private int open;

  OpenInstances(RestDriver rest, int threads) {
    this.rest = rest;
    this.threads = threads;
  }

  /** Starts instances until {@code target} are open; prints how fast. */
  void growTo(int target) throws Exception {
    int count = target - open;
    if (count <= 0) {
      return;
    }
    long started = System.nanoTime();
    AtomicInteger left = new AtomicInteger(count);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> starters = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        starters.add(pool.submit(() -> {
          while (left.getAndDecrement() > 0) {
            rest.start("agendaris", TestData.requestLetter(LocalDate.now(TestData.JAKARTA)));
          }
          return null;
        }));
      }
      for (Future<?> starter : starters) {
        starter.get();
      }
    } finally {
      pool.shutdown();
    }
    open = target;
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "started %,d instances in %.0f s (%.0f/s), %,d open%n", count, seconds, count / seconds, open);
  }

  int open() {
    return open;
  }
}
