package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Readiness while PostgreSQL is away (every connection dropped, new ones refused): /actuator/health/readiness and
 * /actuator/health answer within a few seconds, DOWN, instead of waiting 30 s for the pool; UP again once the database
 * is back. Liveness stays UP: a database outage is no reason to restart the application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class ReadinessPostgresIntegrationTest {

  static EmbeddedPostgres postgres;
  static TcpProxy proxy;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    proxy = new TcpProxy(postgres.getPort());
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres");
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @AfterAll
  static void stop() throws Exception {
    proxy.close();
    postgres.close();
  }

  @Test
  void readinessAnswersWithinSecondsAndIsDownWhileTheDatabaseIsAway() throws Exception {
    RestClient rest = new RestClient(port);
    assertThat(rest.get(null, "/actuator/health/readiness").status()).isEqualTo(200);

    proxy.cut();
    try {
      for (String path : new String[] {"/actuator/health/readiness", "/actuator/health", "/actuator/health/readiness"}) {
        long asked = System.nanoTime();
        RestClient.Reply reply = rest.get(null, path);
        Duration took = Duration.ofNanos(System.nanoTime() - asked);

        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(503);
        assertThat(reply.json().path("status").asText()).isEqualTo("DOWN");
        assertThat(took).as(path + " answered in").isLessThan(Duration.ofSeconds(4));
      }
      assertThat(rest.get(null, "/actuator/health/liveness").status()).isEqualTo(200);
    } finally {
      proxy.restore();
    }

    await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(1))
        .until(() -> rest.get(null, "/actuator/health/readiness").status() == 200);
    assertThat(rest.get(null, "/actuator/health").json().path("status").asText()).isEqualTo("UP");
  }
}
