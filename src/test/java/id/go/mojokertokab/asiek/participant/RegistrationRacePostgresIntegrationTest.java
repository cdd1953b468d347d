package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.integration.OnEmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** On PostgreSQL, the registration window's row lock makes the registrations take turns. */
@OnEmbeddedPostgres
@SpringBootTest(properties = RegistrationRaceIntegrationTestBase.POOL_FOR_EVERYONE)
class RegistrationRacePostgresIntegrationTest extends RegistrationRaceIntegrationTestBase {}
