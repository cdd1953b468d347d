package id.go.mojokertokab.asiek.form;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Applies the validation a form declares (required, lengths, ranges, patterns, options) to submitted values. */
public final class FormValidator {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private FormValidator() {}

  /** Checks every input of the form that is always shown; conditionally shown inputs are left to the form's rules. */
  public static void applyDeclaredRules(FormCheck check) {
    for (FormField field : check.schema().fields()) {
      if (!field.conditional()) {
        applyDeclaredRules(check, field);
      }
    }
  }

  public static void applyDeclaredRules(FormCheck check, FormField field) {
    FormValues values = check.values();
    String key = field.key();
    if (values.isBlank(key)) {
      if (field.required()) {
        check.reject(key, "Kolom " + check.label(key) + " wajib diisi.");
      }
      return;
    }
    switch (field.type()) {
      case "number" -> checkNumber(check, field);
      case "datetime" -> checkDate(check, field);
      case "checkbox" -> {
        if (field.required() && !values.isTrue(key)) {
          check.reject(key, "Kolom " + check.label(key) + " wajib dicentang.");
        }
      }
      case "checklist", "taglist" -> checkOptions(check, field, values.strings(key));
      case "radio", "select" -> checkOptions(check, field, values.string(key).map(List::of).orElse(List.of()));
      default -> checkText(check, field);
    }
  }

  private static void checkText(FormCheck check, FormField field) {
    String key = field.key();
    String value = check.values().string(key).orElse("");
    boolean multiline = "textarea".equals(field.type());
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))) {
      check.reject(key, "Kolom " + check.label(key) + (multiline ? " tidak boleh berisi karakter kendali."
          : " harus satu baris, tanpa baris baru atau karakter kendali."));
    }
    if (field.minLength() != null && value.length() < field.minLength()) {
      check.reject(key, "Kolom " + check.label(key) + " paling sedikit " + field.minLength() + " karakter.");
    }
    if (field.maxLength() != null && value.length() > field.maxLength()) {
      check.reject(key, "Kolom " + check.label(key) + " paling banyak " + field.maxLength() + " karakter (sekarang " + value.length() + ").");
    }
    if (field.pattern() != null && !matches(field.pattern(), value)) {
      check.reject(key, "Isian kolom " + check.label(key) + " tidak sesuai format yang diminta.");
    }
    if ("email".equals(field.validationType())) {
      check.requireEmail(key);
    }
  }

  private static boolean matches(String pattern, String value) {
    try {
      return Pattern.compile(pattern).matcher(value).matches();
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("The form's pattern " + pattern + " is not a valid regular expression", e);
    }
  }

  private static void checkNumber(FormCheck check, FormField field) {
    String key = field.key();
    var number = check.values().number(key);
    if (number.isEmpty()) {
      check.reject(key, "Kolom " + check.label(key) + " harus berisi angka.");
      return;
    }
    double value = number.get();
    if ((field.min() != null && value < field.min()) || (field.max() != null && value > field.max())) {
      check.reject(key, "Kolom " + check.label(key) + " harus " + range(field) + ".");
    }
  }

  private static String range(FormField field) {
    if (field.min() != null && field.max() != null) {
      return "antara " + format(field.min()) + " dan " + format(field.max());
    }
    return field.min() != null ? "paling sedikit " + format(field.min()) : "paling banyak " + format(field.max());
  }

  private static String format(double value) {
    // NumberFormat is not thread-safe: one per call, since forms are checked on many threads at once.
    return NumberFormat.getNumberInstance(INDONESIAN).format(BigDecimal.valueOf(value).stripTrailingZeros());
  }

  private static void checkDate(FormCheck check, FormField field) {
    String key = field.key();
    var day = field.isDateTime() ? check.values().dateTime(key).map(java.time.LocalDateTime::toLocalDate) : check.values().date(key);
    if (day.isEmpty()) {
      check.reject(key, "Kolom " + check.label(key) + " harus berisi tanggal yang benar.");
    } else {
      check.requireWithinBounds(key, "Kolom " + check.label(key), day.get());
    }
  }

  private static void checkOptions(FormCheck check, FormField field, List<String> chosen) {
    if (!field.hasStaticValues()) {
      return;
    }
    for (String value : chosen) {
      if (!field.values().contains(value)) {
        check.reject(field.key(), "Pilihan \"" + value + "\" pada kolom " + check.label(field.key()) + " tidak dikenal.");
      }
    }
  }
}
