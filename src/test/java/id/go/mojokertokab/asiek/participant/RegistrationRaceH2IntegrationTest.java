package id.go.mojokertokab.asiek.participant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On H2, the office's default database, the same row lock and no reused query result (H2ResultReuse). */
@SpringBootTest(properties = RegistrationRaceIntegrationTestBase.POOL_FOR_EVERYONE)
@ActiveProfiles("test")
class RegistrationRaceH2IntegrationTest extends RegistrationRaceIntegrationTestBase {}
