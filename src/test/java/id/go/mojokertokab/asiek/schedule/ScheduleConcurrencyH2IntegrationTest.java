package id.go.mojokertokab.asiek.schedule;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On H2, bookings of a resource queue on its row lock. */
@SpringBootTest(properties = ScheduleConcurrencyIntegrationTestBase.POOL_FOR_EVERY_THREAD)
@ActiveProfiles("test")
class ScheduleConcurrencyH2IntegrationTest extends ScheduleConcurrencyIntegrationTestBase {}
