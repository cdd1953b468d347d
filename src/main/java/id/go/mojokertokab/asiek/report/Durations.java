package id.go.mojokertokab.asiek.report;

import java.time.Duration;

/** "2 hari 3 jam", "1 jam 5 menit", "45 menit": how long a step took, as the report says it. */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes % (24 * 60) / 60;
    long rest = minutes % 60;
    if (days > 0) {
      return days + " hari" + (hours > 0 ? " " + hours + " jam" : "");
    }
    if (hours > 0) {
      return hours + " jam" + (rest > 0 ? " " + rest + " menit" : "");
    }
    return rest + " menit";
  }
}
