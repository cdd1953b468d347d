package id.go.mojokertokab.asiek.notification;

/** The SMTP server did not take a mail; the job that sent it fails, is retried and ends as an incident. */
public class MailNotSentException extends RuntimeException {

  public MailNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
