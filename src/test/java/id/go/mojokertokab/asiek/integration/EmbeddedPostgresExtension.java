package id.go.mojokertokab.asiek.integration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Real PostgreSQL binaries (from Maven Central) for one test class; use it through {@link OnEmbeddedPostgres}. */
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

  /** Points the application's datasource at this database as the context starts, after {@link #beforeAll}. */
  static final class Datasource implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"), "spring.datasource.username=postgres",
          "spring.datasource.password=postgres").applyTo(context);
    }
  }
}
