package id.go.mojokertokab.asiek.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** On H2 the engine keeps its own join (our Task.xml changes PostgreSQL only); it must answer as PostgreSQL does. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class LaneTaskListH2IntegrationTest extends LaneTaskListIntegrationTestBase {}
