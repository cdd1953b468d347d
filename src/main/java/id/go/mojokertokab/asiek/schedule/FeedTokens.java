package id.go.mojokertokab.asiek.schedule;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Unguessable tokens for calendar feed URLs: an HMAC of the feed's path under a secret that is ASIEK_FEED_SECRET, or one
 * generated once and kept in asiek_setting. Changing the secret revokes every subscribed URL.
 */
@Component
class FeedTokens {

  private static final String SETTING = "calendar-feed-secret";

  private final JdbcTemplate jdbc;
  private final FeedProperties properties;
  private volatile byte[] secret;

  FeedTokens(JdbcTemplate jdbc, FeedProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  String tokenFor(String feed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(feed.getBytes(StandardCharsets.UTF_8)), 0, 20);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean valid(String feed, String token) {
    return token != null && MessageDigest.isEqual(tokenFor(feed).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] secret() {
    if (secret == null) {
      if (properties.hasSecret()) {
        secret = properties.feedSecret().getBytes(StandardCharsets.UTF_8);
      } else {
        secret = stored().getBytes(StandardCharsets.UTF_8);
      }
    }
    return secret;
  }

  private String stored() {
    var existing = jdbc.queryForList("select setting_value from asiek_setting where setting_key = ?", String.class, SETTING);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    try {
      jdbc.update("insert into asiek_setting (setting_key, setting_value) values (?, ?)", SETTING, HexFormat.of().formatHex(random));
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // keep theirs
    }
    return jdbc.queryForObject("select setting_value from asiek_setting where setting_key = ?", String.class, SETTING);
  }
}
