package id.go.mojokertokab.asiek;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.store.FolderException;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The mail GreenMail caught, as each recipient finds it in their mailbox. */
public final class ReceivedMail {

  private ReceivedMail() {}

  /** Every mail that has {@code address} among its recipients, in the order received. */
  public static List<MimeMessage> to(GreenMailOperations mail, String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      for (Address recipient : message.getAllRecipients()) {
        if (recipient.toString().equals(address)) {
          found.add(message);
        }
      }
    }
    return found;
  }

  /** Empties every mailbox, so that what a test reads next is only what came after. */
  public static void purge(GreenMailOperations mail) {
    try {
      mail.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }
}
