package id.go.mojokertokab.asiek.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calendar feeds: {@code feedSecret} (ASIEK_FEED_SECRET) signs the subscribable URLs; empty, a secret is generated once
 * and kept in the database. Changing it revokes every subscribed URL.
 */
@ConfigurationProperties("asiek.schedule")
record FeedProperties(@DefaultValue("") String feedSecret) {

  FeedProperties {
    feedSecret = feedSecret == null ? "" : feedSecret.strip();
  }

  boolean hasSecret() {
    return !feedSecret.isEmpty();
  }
}
