package id.go.mojokertokab.asiek.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = RestApiIntegrationTestBase.PROPERTIES)
@ActiveProfiles("test")
class RestApiH2IntegrationTest extends RestApiIntegrationTestBase {}
