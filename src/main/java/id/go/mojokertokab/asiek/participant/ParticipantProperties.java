package id.go.mojokertokab.asiek.participant;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long participants' personal data are kept after the last day of their activity
 *     (ASIEK_PARTICIPANT_RETENTION, ISO-8601 such as P2Y or P18M); then they are purged automatically
 * @param checkInOpensBefore how long before a day's first session check-in at the door begins (and its task appears)
 */
@ConfigurationProperties("asiek.participants")
public record ParticipantProperties(
    @DefaultValue("P2Y") Period retention,
    @DefaultValue("PT30M") Duration checkInOpensBefore) {

  public ParticipantProperties {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("asiek.participants.retention (ASIEK_PARTICIPANT_RETENTION) must be a positive period such as P2Y, not " + retention);
    }
    if (checkInOpensBefore.isNegative()) {
      throw new IllegalArgumentException("asiek.participants.check-in-opens-before must not be negative");
    }
  }

  /** "2 tahun", "18 bulan", "1 tahun 6 bulan" */
  public String retentionInWords() {
    StringBuilder words = new StringBuilder();
    if (retention.getYears() > 0) {
      words.append(retention.getYears()).append(" tahun");
    }
    if (retention.getMonths() > 0) {
      words.append(words.isEmpty() ? "" : " ").append(retention.getMonths()).append(" bulan");
    }
    if (retention.getDays() > 0) {
      words.append(words.isEmpty() ? "" : " ").append(retention.getDays()).append(" hari");
    }
    return words.toString();
  }
}
