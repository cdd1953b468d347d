package id.go.mojokertokab.asiek.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The same user paths on real PostgreSQL (embedded binaries from Maven Central), with the postgres profile. */
@OnEmbeddedPostgres
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = RestApiIntegrationTestBase.PROPERTIES)
class RestApiPostgresIntegrationTest extends RestApiIntegrationTestBase {}
