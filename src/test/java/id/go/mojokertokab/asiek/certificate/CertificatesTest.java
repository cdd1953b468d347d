package id.go.mojokertokab.asiek.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes are unguessable, readable aloud, and found again however a person types them. */
class CertificatesTest {

  @Test
  void codesAreSixteenCrockfordCharactersInFourGroupsAndDoNotRepeat() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = Certificates.newCode();
      assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
      codes.add(code);
    }
    assertThat(codes).hasSize(10_000);
  }

  @Test
  void aTypedCodeIsReadWithoutCaseSpacesOrLookAlikeLetters() {
    assertThat(Certificates.normalise("7f3k 9qxm-2hdp-b4tw")).hasValue("7F3K-9QXM-2HDP-B4TW");
    assertThat(Certificates.normalise("7F3K9QXM2HDPB4TO")).hasValue("7F3K-9QXM-2HDP-B4T0");
    assertThat(Certificates.normalise("IL00-0000-0000-0000")).hasValue("1100-0000-0000-0000");
    assertThat(Certificates.normalise("7F3K-9QXM-2HDP")).isEmpty();
    assertThat(Certificates.normalise("7F3K-9QXM-2HDP-B4TU")).as("U is not in the alphabet").isEmpty();
    assertThat(Certificates.normalise("../../etc/passwd")).isEmpty();
  }
}
