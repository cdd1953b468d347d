package id.go.mojokertokab.asiek.participant;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The random values of registration: the activity's link token, each participant's short code (typed at the door, six
 * characters without look-alikes such as 0/O or 1/I) and the secret of their own page (the cancel link).
 */
final class ParticipantCodes {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  static final int CODE_LENGTH = 6;

  private ParticipantCodes() {}

  /** 192 random bits, URL-safe: the link of an activity's registration page. */
  static String token() {
    return random(24);
  }

  /** 256 random bits, URL-safe: a participant's own page. */
  static String secret() {
    return random(32);
  }

  static String code() {
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** "K7M-2QX" */
  static String display(String code) {
    return code == null || code.length() != CODE_LENGTH ? code : code.substring(0, 3) + "-" + code.substring(3);
  }

  /** What staff typed ("k7m 2qx", "K7M-2QX") as a code, if it can be one. */
  static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(code);
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }
}
