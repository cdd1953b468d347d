package id.go.mojokertokab.asiek.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the prod profile accepts as the administrator's password. */
final class AdminPasswordPolicy {

  static final int MIN_LENGTH = 12;
  private static final Set<String> KNOWN_WEAK = Set.of(
      "password", "passw0rd", "admin", "administrator", "demo", "camunda", "changeme", "rahasia", "qwerty", "letmein",
      "mojokerto", "dispusip", "perpustakaan", "pustaka", "asiek", "welcome", "123456", "12345678", "1234567890");

  private AdminPasswordPolicy() {}

  /** Empty when the password is acceptable, otherwise the reason in one line. */
  static Optional<String> weakness(String userId, String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("ASIEK_ADMIN_PASSWORD is not set");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (lower.contains(userId.toLowerCase(Locale.ROOT))) {
      return Optional.of("ASIEK_ADMIN_PASSWORD contains the admin user id '" + userId + "'");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("ASIEK_ADMIN_PASSWORD is shorter than " + MIN_LENGTH + " characters");
    }
    String core = lower.replaceAll("[^a-z]", "");
    if (KNOWN_WEAK.contains(lower) || KNOWN_WEAK.contains(core) || password.chars().distinct().count() < 6) {
      return Optional.of("ASIEK_ADMIN_PASSWORD is a well-known or repetitive password");
    }
    int classes = (password.matches(".*[a-z].*") ? 1 : 0) + (password.matches(".*[A-Z].*") ? 1 : 0)
        + (password.matches(".*[0-9].*") ? 1 : 0) + (password.matches(".*[^A-Za-z0-9].*") ? 1 : 0);
    if (classes < 3 && password.length() < 20) {
      return Optional.of("ASIEK_ADMIN_PASSWORD needs three of: lower case, upper case, digits, symbols (or 20+ characters)");
    }
    return Optional.empty();
  }
}
