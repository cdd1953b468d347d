package id.go.mojokertokab.asiek.participant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a participant (or staff at the door, for a walk-in) typed into the registration form, and its check: every field
 * with its own Indonesian message, in the order the form shows them. Line breaks in the address become ", ".
 */
public record RegistrationForm(String fullName, String address, String phone, String email, String affiliation, boolean consent) {

  public static final String FULL_NAME = "fullName";
  public static final String ADDRESS = "address";
  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String AFFILIATION = "affiliation";
  public static final String CONSENT = "consent";

  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

  public RegistrationForm {
    fullName = clean(fullName);
    address = clean(address == null ? null : address.replaceAll("\\s*(\\r\\n|\\r|\\n)+\\s*", ", "));
    phone = clean(phone);
    email = clean(email);
    affiliation = clean(affiliation);
  }

  /** An empty form, as the page first shows it. */
  public static RegistrationForm empty() {
    return new RegistrationForm("", "", "", "", "", false);
  }

  /** The problems by field; empty when the form can be saved. */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    text(problems, FULL_NAME, fullName, "Nama lengkap", 2, 100);
    text(problems, ADDRESS, address, "Alamat", 5, 300);
    if (phone.isEmpty()) {
      problems.put(PHONE, "Nomor telepon wajib diisi.");
    } else if (normalisedPhone().isEmpty()) {
      problems.put(PHONE, "Nomor telepon harus nomor Indonesia, misalnya 0812-3456-7890, +62 812 3456 7890 atau (0321) 321234.");
    }
    if (email.isEmpty()) {
      problems.put(EMAIL, "Alamat e-mail wajib diisi: tanda terima, tautan pembatalan dan undangan dikirim ke alamat ini.");
    } else if (email.length() > 254 || !EMAIL_ADDRESS.matcher(email).matches()) {
      problems.put(EMAIL, "Alamat e-mail tidak benar; tulis seperti nama@gmail.com.");
    }
    text(problems, AFFILIATION, affiliation, "Asal lembaga atau kelas", 2, 150);
    if (!consent) {
      problems.put(CONSENT, "Centang persetujuan untuk mendaftar: tanpa persetujuan Anda, data Anda tidak kami simpan.");
    }
    return problems;
  }

  /** The phone number as kept: +62…, if it is an Indonesian number. */
  public Optional<String> normalisedPhone() {
    return PhoneNumbers.normalise(phone);
  }

  private static void text(Map<String, String> problems, String key, String value, String what, int min, int max) {
    if (value.isEmpty()) {
      problems.put(key, what + " wajib diisi.");
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      problems.put(key, what + " harus satu baris, tanpa karakter kendali.");
    } else if (value.length() < min) {
      problems.put(key, what + " paling sedikit " + min + " karakter.");
    } else if (value.length() > max) {
      problems.put(key, what + " paling banyak " + max + " karakter (sekarang " + value.length() + ").");
    }
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }
}
