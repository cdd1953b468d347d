package id.go.mojokertokab.asiek.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The job timing chosen in application.yaml (README, "Operators"): a job never outlives its lock, so no other node runs
 * it twice; a job retried from Cockpit is looked for within a minute.
 */
class JobTimingTest {

  /** The most SMTP hand-offs one job makes (ScheduleNotices: requester, speaker, staff). */
  static final int MAX_MAILS_PER_JOB = 3;

  final Properties yaml = load();

  @Test
  void aMailJobGivesUpBeforeItsLockExpires() {
    Duration perMail = millis("spring.mail.properties.mail.smtp.connectiontimeout")
        .plus(millis("spring.mail.properties.mail.smtp.timeout"))
        .plus(millis("spring.mail.properties.mail.smtp.writetimeout"));
    Duration lock = millis("camunda.bpm.job-execution.lock-time-in-millis");

    assertThat(perMail.multipliedBy(MAX_MAILS_PER_JOB)).isLessThan(lock);
    assertThat(lock).as("jobs of a crashed node wait this long").isLessThanOrEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void anIdleJobExecutorLooksForDueJobsWellWithinAMinute() {
    assertThat(millis("camunda.bpm.job-execution.max-wait")).isLessThanOrEqualTo(Duration.ofSeconds(30));
  }

  private Duration millis(String key) {
    String value = yaml.getProperty(key);
    assertThat(value).as(key).isNotNull();
    return Duration.ofMillis(Long.parseLong(value));
  }

  private static Properties load() {
    YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
    factory.setResources(new ClassPathResource("application.yaml"));
    factory.setDocumentMatchers(properties -> properties.containsKey("spring.config.activate.on-profile")
        ? org.springframework.beans.factory.config.YamlProcessor.MatchStatus.NOT_FOUND
        : org.springframework.beans.factory.config.YamlProcessor.MatchStatus.FOUND);
    return factory.getObject();
  }
}
