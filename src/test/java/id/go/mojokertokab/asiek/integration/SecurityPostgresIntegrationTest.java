package id.go.mojokertokab.asiek.integration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same attacks on real PostgreSQL (embedded binaries), with the postgres profile. */
@ExtendWith(EmbeddedPostgresExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SecurityIntegrationTestBase.PROPERTIES)
@ActiveProfiles({"test", "postgres"})
@Import(SecurityIntegrationTestBase.Probe.class)
@DirtiesContext
class SecurityPostgresIntegrationTest extends SecurityIntegrationTestBase {

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    EmbeddedPostgresExtension.datasource(registry);
  }
}
