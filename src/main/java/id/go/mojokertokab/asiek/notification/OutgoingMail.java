package id.go.mojokertokab.asiek.notification;

import java.util.List;

/** A plain-text mail. {@code key} names what it is for (e.g. "rejection-letter:ASIEK-2026-0007") and makes it unique. */
public record OutgoingMail(String key, List<String> to, String subject, String body) {

  public OutgoingMail {
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("mail " + key + " has no recipient");
    }
    to = List.copyOf(to);
  }
}
