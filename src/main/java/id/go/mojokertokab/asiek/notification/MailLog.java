package id.go.mojokertokab.asiek.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** asiek_mail_log: which mail keys were handed to the SMTP server. Writes commit on their own, at once. */
@Repository
class MailLog {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  MailLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  boolean wasSent(String key) {
    return Boolean.TRUE.equals(ownTransaction.execute(status ->
        jdbc.queryForObject("select count(*) from asiek_mail_log where message_key = ?", Integer.class, key) > 0));
  }

  void recordSent(String key, String messageId, String recipients, String subject, Instant sentAt) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "insert into asiek_mail_log (message_key, message_id, recipients, subject, sent_at) values (?, ?, ?, ?, ?)",
        key, messageId, truncate(recipients, 4000), truncate(subject, 500), Timestamp.from(sentAt)));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
