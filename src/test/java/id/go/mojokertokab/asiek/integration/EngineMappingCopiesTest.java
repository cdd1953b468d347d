package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our copies of two engine mappings (src/main/resources/org/camunda/.../mapping/entity/) are the engine's own files but
 * for the blocks marked ASIEK, and they are the ones the engine loads. When the engine is upgraded, the pinned hash
 * fails: copy the new engine's file again and carry the ASIEK blocks over.
 */
class EngineMappingCopiesTest {

  static final String FOLDER = "org/camunda/bpm/engine/impl/mapping/entity/";
  /** The engine's two lines our blocks replace in each file: the join's condition and the check in the where clause. */
  static final Set<String> REPLACED = Set.of("<if test=\"!authCheck.revokeAuthorizationCheckEnabled\">",
      "<include refid=\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck\" />");

  /** The mapping and the SHA-256 of the engine's file in camunda-engine-7.24.0.jar that our copy was made from. */
  @ParameterizedTest
  @CsvSource({"Task.xml, 616c3e9cdf4055cab8493558ece2d3bce0a3edb7bb9fe88570758b5103caf821",
      "VariableInstance.xml, 1f821a226c583750f84a6d24f342288d74eae6eb6d2a70a6a3d659c650930a1a"})
  void ourCopyIsTheEnginesFileButForTheAsiekBlocksAndTheEngineLoadsIt(String mapping, String engineSha256) throws Exception {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources(FOLDER + mapping));
    assertThat(copies).hasSize(2);
    assertThat(copies.get(0).toString()).as("the first on the class path").doesNotContain("camunda-engine");
    assertThat(copies.get(1).toString()).contains("camunda-engine-7.24.0.jar");

    byte[] engine = read(copies.get(1));
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(engine)))
        .as("the engine's %s changed: copy it again and carry the ASIEK blocks over", mapping).isEqualTo(engineSha256);
    List<String> engineLines = new ArrayList<>();
    for (String line : new String(engine, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank() && !REPLACED.contains(line.strip())) {
        engineLines.add(line);
      }
    }
    assertThat(withoutAsiekBlocks(new String(read(copies.get(0)), StandardCharsets.UTF_8))).isEqualTo(engineLines);
  }

  static List<String> withoutAsiekBlocks(String mapping) {
    List<String> lines = new ArrayList<>();
    boolean inBlock = false;
    for (String line : mapping.split("\n")) {
      if (!inBlock && line.contains("ASIEK:")) {
        inBlock = !line.contains("/ASIEK");
      } else if (inBlock) {
        inBlock = !line.contains("/ASIEK");
      } else if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  static byte[] read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }
}
