package id.go.mojokertokab.asiek.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminPasswordPolicyTest {

  @Test
  void refusesMissingShortWellKnownAndIdBasedPasswords() {
    assertThat(AdminPasswordPolicy.weakness("admin", "")).hasValue("ASIEK_ADMIN_PASSWORD is not set");
    assertThat(AdminPasswordPolicy.weakness("admin", "admin")).hasValueSatisfying(r -> assertThat(r).contains("admin user id"));
    assertThat(AdminPasswordPolicy.weakness("admin", "Admin2026!xyz")).hasValueSatisfying(r -> assertThat(r).contains("admin user id"));
    assertThat(AdminPasswordPolicy.weakness("admin", "Ab1!short")).hasValueSatisfying(r -> assertThat(r).contains("shorter than 12"));
    assertThat(AdminPasswordPolicy.weakness("admin", "Password1234")).hasValueSatisfying(r -> assertThat(r).contains("well-known"));
    assertThat(AdminPasswordPolicy.weakness("admin", "aaaaaaaaaaaaaaaa")).hasValueSatisfying(r -> assertThat(r).contains("well-known or repetitive"));
    assertThat(AdminPasswordPolicy.weakness("admin", "kucinghitammakan")).hasValueSatisfying(r -> assertThat(r).contains("three of"));
  }

  @Test
  void acceptsStrongPasswordsAndLongPassphrases() {
    assertThat(AdminPasswordPolicy.weakness("admin", "Mojosari-Perpus#2026")).isEmpty();
    assertThat(AdminPasswordPolicy.weakness("admin", "kucing hitam makan tempe goreng")).isEmpty();
  }

  @Test
  void lengthAndCharacterClassesHaveExactEdges() {
    // 12 characters with three classes is the shortest accepted; 11 is refused
    assertThat(AdminPasswordPolicy.weakness("admin", "Kucing-2026x")).isEmpty();
    assertThat(AdminPasswordPolicy.weakness("admin", "Kucing-2026")).hasValueSatisfying(r -> assertThat(r).contains("shorter than 12"));
    // two classes need 20 characters: 20 passes, 19 does not
    assertThat(AdminPasswordPolicy.weakness("admin", "kucinghitammakantem")).hasValueSatisfying(r -> assertThat(r).contains("three of"));
    assertThat(AdminPasswordPolicy.weakness("admin", "kucing hitam makan t")).isEmpty();
    // the id is refused whatever its case, inside a longer password too
    assertThat(AdminPasswordPolicy.weakness("Kepala.Dinas", "xx-kepala.dinas-2026-X")).hasValueSatisfying(r -> assertThat(r).contains("admin user id"));
  }
}
