package id.go.mojokertokab.asiek.participant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian phone numbers as people write them (0812-3456-7890, +62 812 3456 7890, 62812…, (0321) 321234), kept in
 * one form: +62 followed by the number without its leading 0. The same number written two ways is then one number.
 */
final class PhoneNumbers {

  private static final Pattern INDONESIAN = Pattern.compile("^(?:\\+62|62|0)([1-9][0-9]{6,11})$");

  private PhoneNumbers() {}

  static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    var matcher = INDONESIAN.matcher(typed.strip().replaceAll("[\\s().-]", ""));
    return matcher.matches() ? Optional.of("+62" + matcher.group(1)) : Optional.empty();
  }
}
