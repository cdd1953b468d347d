package id.go.mojokertokab.asiek.notification;

import java.util.List;

/**
 * A plain-text mail, with attachments such as an iCalendar invitation. {@code key} names what it is for (e.g.
 * "rejection-letter:ASIEK-2026-0007") and makes it unique.
 */
public record OutgoingMail(String key, List<String> to, String subject, String body, List<Attachment> attachments) {

  /** A file attached to a mail; for text/calendar the part also carries the iTIP method. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  public OutgoingMail {
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("mail " + key + " has no recipient");
    }
    to = List.copyOf(to);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public OutgoingMail(String key, List<String> to, String subject, String body) {
    this(key, to, subject, body, List.of());
  }
}
