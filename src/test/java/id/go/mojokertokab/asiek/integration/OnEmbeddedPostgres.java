package id.go.mojokertokab.asiek.integration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@code @SpringBootTest} class on real PostgreSQL (embedded binaries from Maven Central) with the postgres profile.
 * Put it before {@code @SpringBootTest}: the database then starts before the application and, the context being
 * dirtied, stops after it, so the job executor never waits for a database that is gone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EmbeddedPostgresExtension.class)
@ContextConfiguration(initializers = EmbeddedPostgresExtension.Datasource.class)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
public @interface OnEmbeddedPostgres {}
