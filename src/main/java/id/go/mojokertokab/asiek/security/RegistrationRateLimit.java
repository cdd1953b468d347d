package id.go.mojokertokab.asiek.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} registrations per address in any hour (a sliding window, kept in memory: each node of a cluster
 * counts its own). The address is the one Tomcat parsed for the connection ({@code getRemoteAddr()}); behind a proxy,
 * server.forward-headers-strategy makes that the client's. IPv6 addresses count per /64, the block one household or
 * phone gets, so that rotating within it does not reset the count.
 */
final class RegistrationRateLimit {

  static final Duration WINDOW = Duration.ofHours(1);
  /** Beyond this many addresses, those without a registration in the last hour are forgotten. */
  private static final int SWEEP_ABOVE = 10_000;

  private final int limit;
  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  RegistrationRateLimit(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  int limit() {
    return limit;
  }

  /**
   * Counts one registration of this address, unless it reached the limit.
   *
   * @return empty if counted; otherwise how long until the oldest counted registration leaves the window
   */
  Optional<Duration> take(String remoteAddress) {
    if (limit <= 0) {
      return Optional.empty();
    }
    if (recent.size() > SWEEP_ABOVE) {
      sweep();
    }
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(key(remoteAddress), address -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
      }
      times.addLast(now);
      return Optional.empty();
    }
  }

  private void sweep() {
    Instant old = clock.instant().minus(WINDOW);
    for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext(); ) {
      Deque<Instant> times = it.next();
      synchronized (times) {
        if (times.isEmpty() || !times.peekLast().isAfter(old)) {
          it.remove();
        }
      }
    }
  }

  static String key(String remoteAddress) {
    try {
      byte[] address = InetAddress.getByName(remoteAddress).getAddress();
      if (address.length == 16) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
          prefix.append(String.format("%02x", address[i]));
        }
        return prefix + "::/64";
      }
      return remoteAddress;
    } catch (UnknownHostException notAnAddress) {
      return remoteAddress;
    }
  }
}
