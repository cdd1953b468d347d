package id.go.mojokertokab.asiek.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** CPU and memory of processes from Linux's /proc (clock ticks of 10 ms). */
final class ProcStat {

  private static final long MILLIS_PER_TICK = 10;

  private ProcStat() {}

  /** utime + stime of the process (its own threads). */
  static long cpuMillis(long pid) {
    String[] fields = fields(pid);
    return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
  }

  /** cutime + cstime: the CPU of its children that ended (PostgreSQL backends whose connection closed). */
  static long endedChildrenCpuMillis(long pid) {
    String[] fields = fields(pid);
    return fields == null ? 0 : (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * MILLIS_PER_TICK;
  }

  static List<Long> childrenOf(long parent) {
    List<Long> children = new ArrayList<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
        String[] fields = fields(Long.parseLong(n));
        if (fields != null && Long.parseLong(fields[1]) == parent) {
          children.add(Long.parseLong(n));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return children;
  }

  static long rssKb(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream().filter(l -> l.startsWith("VmRSS:"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
    } catch (IOException gone) {
      return 0;
    }
  }

  /**
   * The fields after the command name (which may hold spaces): [0] state, [1] ppid, … [11] utime, [12] stime,
   * [13] cutime, [14] cstime; null when the process is gone.
   */
  private static String[] fields(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    } catch (IOException gone) {
      return null;
    }
  }
}
