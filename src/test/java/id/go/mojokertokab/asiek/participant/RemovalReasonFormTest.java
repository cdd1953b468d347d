package id.go.mojokertokab.asiek.participant;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.FormFiles;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The librarian's form offers exactly the removal reasons the code reads, with the labels the code prints. */
class RemovalReasonFormTest {

  @Test
  void theFormOffersEveryReasonWithItsLabelInTheEnumsOrder() throws IOException {
    assertThat(FormFiles.options("fix-participant-list.form", Registration.REMOVAL_REASON)).containsExactlyEntriesOf(
        Arrays.stream(RemovalReason.values()).collect(Collectors.toMap(
            RemovalReason::name, RemovalReason::label, (a, b) -> a, LinkedHashMap<String, String>::new)));
  }
}
