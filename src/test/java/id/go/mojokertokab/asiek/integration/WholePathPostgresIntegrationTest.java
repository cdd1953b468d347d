package id.go.mojokertokab.asiek.integration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole path on real PostgreSQL (embedded binaries from Maven Central), with the postgres profile. */
@ExtendWith(EmbeddedPostgresExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class WholePathPostgresIntegrationTest extends WholePathIntegrationTestBase {

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    EmbeddedPostgresExtension.datasource(registry);
  }
}
