package id.go.mojokertokab.asiek.form;

import id.go.mojokertokab.asiek.calendar.DateBounds;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One submission being checked: its form, its values, today's date in the office, and the problems found so far. */
public final class FormCheck {

  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
  /** Mobile (08…) and landline (0321 …) numbers, with +62 or 62 instead of the leading 0. */
  private static final Pattern INDONESIAN_PHONE = Pattern.compile("^(?:\\+62|62|0)[1-9][0-9]{6,11}$");

  private final FormSchema schema;
  private final FormValues values;
  private final LocalDateTime now;
  private final DateBounds dates;
  private final Map<String, String> errors = new LinkedHashMap<>();

  /**
   * @param now the office's local time (Asia/Jakarta)
   * @param dates the dates any field may hold
   */
  public FormCheck(FormSchema schema, FormValues values, LocalDateTime now, DateBounds dates) {
    this.schema = schema;
    this.values = values;
    this.now = now;
    this.dates = dates;
  }

  public FormSchema schema() {
    return schema;
  }

  public FormValues values() {
    return values;
  }

  public LocalDate today() {
    return now.toLocalDate();
  }

  public LocalDateTime now() {
    return now;
  }

  public DateBounds dates() {
    return dates;
  }

  /** Refuses a date outside the configured bounds (e.g. the year 9999); {@code what} names the field for staff. */
  public void requireWithinBounds(String key, String what, LocalDate date) {
    if (!dates.accepts(date, today())) {
      reject(key, what + " harus berisi tanggal " + dates.range(today()) + ".");
    }
  }

  public boolean hasError(String key) {
    return errors.containsKey(key);
  }

  /** Records a problem of a field; the first problem of a field is the one reported. */
  public void reject(String key, String message) {
    errors.putIfAbsent(key, message);
  }

  public String label(String key) {
    return "\"" + schema.label(key) + "\"";
  }

  public void require(String key) {
    if (values.isBlank(key)) {
      reject(key, "Kolom " + label(key) + " wajib diisi.");
    }
  }

  public void requireTrue(String key) {
    if (!values.isTrue(key)) {
      reject(key, "Kolom " + label(key) + " wajib dicentang.");
    }
  }

  public void requireEmail(String key) {
    values.string(key).filter(v -> !EMAIL.matcher(v).matches()).ifPresent(v ->
        reject(key, "Kolom " + label(key) + " harus berisi alamat e-mail yang benar, misalnya nama@sekolah.sch.id."));
  }

  public void requireIndonesianPhone(String key) {
    values.string(key).filter(v -> !isIndonesianPhone(v)).ifPresent(v ->
        reject(key, "Kolom " + label(key) + " harus berisi nomor telepon Indonesia, misalnya 0812-3456-7890 atau (0321) 321234."));
  }

  public static boolean isIndonesianPhone(String value) {
    String digits = value.replaceAll("[\\s().-]", "");
    return INDONESIAN_PHONE.matcher(digits).matches();
  }

  public void requireNotPast(String key) {
    values.date(key).filter(d -> d.isBefore(today())).ifPresent(d ->
        reject(key, "Kolom " + label(key) + " tidak boleh berisi tanggal yang sudah lewat."));
  }

  public void requireNotFuture(String key) {
    values.date(key).filter(d -> d.isAfter(today())).ifPresent(d ->
        reject(key, "Kolom " + label(key) + " tidak boleh berisi tanggal yang belum tiba."));
  }

  /** Accepts a few minutes of clock difference between the browser and the server. */
  public void requireNotFutureTime(String key) {
    values.dateTime(key).filter(t -> t.isAfter(now.plusMinutes(5))).ifPresent(t ->
        reject(key, "Kolom " + label(key) + " tidak boleh berisi waktu yang belum tiba."));
  }

  public void requireNotBefore(String laterKey, String earlierKey) {
    values.date(laterKey).ifPresent(later -> values.date(earlierKey).filter(later::isBefore).ifPresent(earlier ->
        reject(laterKey, "Kolom " + label(laterKey) + " tidak boleh lebih awal dari " + label(earlierKey) + ".")));
  }

  /** The problems in the order the form shows its fields. */
  public List<String> messages() {
    List<String> order = schema.fields().stream().map(FormField::key).toList();
    List<String> keys = new ArrayList<>(errors.keySet());
    keys.sort(java.util.Comparator.comparingInt(key -> order.contains(key) ? order.indexOf(key) : Integer.MAX_VALUE));
    return keys.stream().map(errors::get).toList();
  }

  public Map<String, String> errors() {
    return Map.copyOf(errors);
  }
}
