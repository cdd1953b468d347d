package id.go.mojokertokab.asiek.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The whole path on real PostgreSQL (embedded binaries from Maven Central), with the postgres profile. */
@OnEmbeddedPostgres
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WholePathPostgresIntegrationTest extends WholePathIntegrationTestBase {}
