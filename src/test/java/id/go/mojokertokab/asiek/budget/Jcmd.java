package id.go.mojokertokab.asiek.budget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK's jcmd against a server under measurement: a forced GC, the heap and metaspace in use, classes loaded. */
final class Jcmd {

  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
  private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");
  private static final Pattern LOADED = Pattern.compile("java\\.cls\\.loadedClasses=(\\d+)");

  record Heap(double usedMb, double metaspaceMb) {}

  private Jcmd() {}

  static String run(long pid, String command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
        .redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + output);
    }
    return output;
  }

  static Heap heap(long pid) throws IOException, InterruptedException {
    String info = run(pid, "GC.heap_info");
    return new Heap(number(HEAP_USED, info) / 1024.0, number(METASPACE_USED, info) / 1024.0);
  }

  static long loadedClasses(long pid) throws IOException, InterruptedException {
    return number(LOADED, run(pid, "PerfCounter.print"));
  }

  private static long number(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + pattern + " in " + output);
    }
    return Long.parseLong(matcher.group(1));
  }
}
