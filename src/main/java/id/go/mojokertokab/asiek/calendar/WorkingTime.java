package id.go.mojokertokab.asiek.calendar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount of office time as the SOP prints it in its "Waktu" column: "30 menit", "1 jam", "2 hari". */
public record WorkingTime(long days, long minutes) {

  private static final Pattern PRINTED = Pattern.compile("^\\s*(\\d{1,3})\\s*(menit|jam|hari)\\s*$");

  public WorkingTime {
    if (days < 0 || minutes < 0 || days + minutes == 0) {
      throw new IllegalArgumentException("working time must be positive");
    }
  }

  public static WorkingTime parse(String printed) {
    Matcher matcher = PRINTED.matcher(printed == null ? "" : printed.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Waktu \"" + printed + "\" is not of the form \"<n> menit\", \"<n> jam\" or \"<n> hari\"");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "menit" -> new WorkingTime(0, amount);
      case "jam" -> new WorkingTime(0, amount * 60);
      default -> new WorkingTime(amount, 0);
    };
  }
}
