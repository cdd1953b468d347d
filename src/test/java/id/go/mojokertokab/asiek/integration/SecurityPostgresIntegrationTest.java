package id.go.mojokertokab.asiek.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** The same attacks on real PostgreSQL (embedded binaries), with the postgres profile. */
@OnEmbeddedPostgres
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SecurityIntegrationTestBase.PROPERTIES)
@Import(SecurityIntegrationTestBase.Probe.class)
class SecurityPostgresIntegrationTest extends SecurityIntegrationTestBase {}
