package id.go.mojokertokab.asiek.staff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the staff CSV file: a header line {@code id,nama,email,lajur} (comma or semicolon, as spreadsheets save it),
 * then one member per line; the lane by group id or by name ("kasubag-umum" or "Kasubag Umum"), several separated by
 * "|". Every mistake is reported with its line, in Indonesian; a file with any mistake is refused whole. Plain Java.
 */
final class StaffCsv {

  static final int MAX_ROWS = 500;
  private static final Pattern USER_ID = Pattern.compile("^[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$");
  private static final List<String> HEADER = List.of("id", "nama", "email", "lajur");

  /** The groups a row may name, by group id, with their names. */
  private final Map<String, String> groups;

  StaffCsv(Map<String, String> groups) {
    this.groups = Map.copyOf(groups);
  }

  record Parsed(List<StaffRow> rows, List<String> errors) {}

  Parsed parse(String text) {
    List<String> errors = new ArrayList<>();
    List<StaffRow> rows = new ArrayList<>();
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = content.lines().toList();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      return new Parsed(List.of(), List.of("Berkas kosong: baris pertama harus berjudul id,nama,email,lajur."));
    }
    char separator = lines.get(0).contains(";") && !lines.get(0).contains(",") ? ';' : ',';
    List<String> header = fields(lines.get(0), separator).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(HEADER)) {
      return new Parsed(List.of(), List.of("Baris 1: judul kolom harus persis id,nama,email,lajur (ditemukan: " + String.join(",", header) + ")."));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> f = fields(lines.get(i), separator);
      if (f.size() != 4) {
        errors.add("Baris " + line + ": harus ada 4 kolom (id, nama, email, lajur), ada " + f.size() + ".");
        continue;
      }
      String id = f.get(0).strip();
      String name = f.get(1).strip();
      String email = f.get(2).strip();
      List<String> rowGroups = new ArrayList<>();
      if (!USER_ID.matcher(id).matches() || id.length() > 64) {
        errors.add("Baris " + line + ": id \"" + id + "\" hanya boleh huruf, angka dan . _ - di antaranya (mis. sri.wahyuni).");
      } else if (!seen.add(id.toLowerCase(Locale.ROOT))) {
        errors.add("Baris " + line + ": id \"" + id + "\" sudah ada di baris sebelumnya.");
      }
      if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
        errors.add("Baris " + line + ": nama wajib diisi, paling banyak 100 karakter.");
      }
      if (!EMAIL.matcher(email).matches() || email.length() > 200) {
        errors.add("Baris " + line + ": alamat e-mail \"" + email + "\" tidak valid.");
      }
      for (String lane : f.get(3).split("\\|")) {
        Optional<String> group = group(lane.strip());
        if (group.isEmpty()) {
          errors.add("Baris " + line + ": lajur \"" + lane.strip() + "\" tidak dikenal; pilihan: " + String.join(", ", groups.keySet().stream().sorted().toList()) + ".");
        } else if (!rowGroups.contains(group.get())) {
          rowGroups.add(group.get());
        }
      }
      rows.add(new StaffRow(line, id, name, email, List.copyOf(rowGroups)));
    }
    if (rows.size() > MAX_ROWS) {
      errors.add("Paling banyak " + MAX_ROWS + " staf sekali impor.");
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add("Berkas tidak memuat staf: tambahkan satu baris per staf di bawah judul kolom.");
    }
    return new Parsed(errors.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(errors));
  }

  private Optional<String> group(String lane) {
    String wanted = lane.toLowerCase(Locale.ROOT);
    return groups.entrySet().stream()
        .filter(g -> g.getKey().equals(wanted) || g.getValue().toLowerCase(Locale.ROOT).equals(wanted))
        .map(Map.Entry::getKey).findFirst();
  }

  /** The fields of one line: RFC 4180 quoting ("..." with "" inside). */
  static List<String> fields(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
