package id.go.mojokertokab.asiek.document;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Sizes as staff read them: "1,5 GB", "820 KB" (units of 1024, as the limits are set, Indonesian comma). */
public final class Sizes {

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  private Sizes() {}

  public static String format(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    DecimalFormat format = new DecimalFormat(unit == 0 ? "0" : "0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
    return format.format(value) + " " + UNITS[unit];
  }
}
