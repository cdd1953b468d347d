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
}
