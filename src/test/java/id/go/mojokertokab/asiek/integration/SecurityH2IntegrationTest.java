package id.go.mojokertokab.asiek.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SecurityIntegrationTestBase.PROPERTIES)
@ActiveProfiles("test")
@Import(SecurityIntegrationTestBase.Probe.class)
class SecurityH2IntegrationTest extends SecurityIntegrationTestBase {}
