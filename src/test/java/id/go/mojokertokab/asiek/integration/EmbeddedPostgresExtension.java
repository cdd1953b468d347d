package id.go.mojokertokab.asiek.integration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real PostgreSQL binaries (from Maven Central) for one test class. Declare it before {@code @SpringBootTest} and mark
 * the class {@code @DirtiesContext}: the application then stops before the database does, so its job executor does not
 * wait for a database that is gone.
 */
public class EmbeddedPostgresExtension implements BeforeAllCallback, AfterAllCallback {

  private static EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    postgres.close();
    postgres = null;
  }

  /** Points the application's datasource at this database; call it from a {@code @DynamicPropertySource} method. */
  public static void datasource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
