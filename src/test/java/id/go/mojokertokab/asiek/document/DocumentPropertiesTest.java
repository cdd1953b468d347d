package id.go.mojokertokab.asiek.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** Limits per kind as an operator sets them in the environment; a kind not named keeps its default. */
class DocumentPropertiesTest {

  @Test
  void aLimitFromTheEnvironmentReplacesItsKindsDefaultOnly() {
    DocumentProperties properties = bind(Map.of("ASIEK_DOCUMENTS_DIR", "/srv/dokumen", "ASIEK_DOCUMENTS_MAXSIZE_VIDEO", "3GB"));

    assertThat(properties.maxBytes(DocumentKind.VIDEO)).isEqualTo(DataSize.ofGigabytes(3).toBytes());
    assertThat(properties.maxBytes(DocumentKind.FOTO)).isEqualTo(DocumentKind.FOTO.defaultMaxSize().toBytes());
    assertThat(properties.largestMaxBytes()).isEqualTo(DataSize.ofGigabytes(8).toBytes());
  }

  @Test
  void aLimitOfNothingIsRefusedAtStartUp() {
    assertThatThrownBy(() -> bind(Map.of("ASIEK_DOCUMENTS_DIR", "/srv/dokumen", "ASIEK_DOCUMENTS_MAXSIZE_FOTO", "0B")))
        .isInstanceOf(BindException.class).hasRootCauseMessage("asiek.documents.max-size.FOTO must be more than 0 bytes");
  }

  static DocumentProperties bind(Map<String, Object> environment) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
    return new Binder(ConfigurationPropertySources.get(env)).bindOrCreate("asiek.documents", DocumentProperties.class);
  }
}
