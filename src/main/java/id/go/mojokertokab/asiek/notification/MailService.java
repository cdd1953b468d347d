package id.go.mojokertokab.asiek.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends each mail key at most once. The record of a hand-off commits in its own transaction right after the SMTP
 * server accepted the mail, so a process transaction that rolls back afterwards and is retried finds it and sends
 * nothing. The only duplicate left is a crash between the hand-off and that record; the retry then carries the same
 * Message-ID, which mail clients use to fold the two into one.
 */
@Service
public record MailService(JavaMailSender sender, MailLog log, MailProperties properties) {

  private static final Logger LOG = LoggerFactory.getLogger(MailService.class);

  static {
    // Jakarta Mail looks its stream provider up with a ServiceLoader scan of the whole class path for every part of
    // every message, unless the provider is named (a third of the CPU a mail costs, docs/BENCHMARKS.md). This names
    // the one provider Jakarta Mail ships with, the one the scan finds.
    System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
  }

  /** @return true if the mail was handed to the SMTP server now, false if that had happened before */
  public boolean sendOnce(OutgoingMail mail) {
    if (log.wasSent(mail.key())) {
      LOG.info("Mail {} was sent before; not sending it again", mail.key());
      return false;
    }
    String messageId = messageId(mail.key());
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
      helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), StandardCharsets.UTF_8.name()));
      helper.setTo(mail.to().toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      for (OutgoingMail.Attachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
      }
      helper.setSentDate(new Date(ClockUtil.getCurrentTime().getTime()));
      message.setHeader("Message-ID", messageId);
      sender.send(message);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailNotSentException("Mail " + mail.key() + " could not be built: " + e.getMessage(), e);
    } catch (MailException e) {
      throw new MailNotSentException("Mail " + mail.key() + " to " + mail.to() + " was not accepted by the SMTP server: " + e.getMessage(), e);
    }
    log.recordSent(mail.key(), messageId, String.join(", ", mail.to()), mail.subject(), Instant.now());
    LOG.info("Mail {} sent to {} as {}", mail.key(), mail.to(), messageId);
    return true;
  }

  /** The same key always gives the same Message-ID, so a duplicate after a crash is recognisable as one. */
  String messageId(String key) {
    String domain = properties.from().contains("@") ? properties.from().substring(properties.from().indexOf('@') + 1) : "localhost";
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".asiek@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
