package id.go.mojokertokab.asiek.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"0812-3456-7890", "081234567890", "+62 812 3456 7890", "6281234567890", "(0321) 321234", "0321-321234", "0321.123.456"})
  void acceptsIndonesianMobileAndLandlineNumbers(String phone) {
    assertThat(FormCheck.isIndonesianPhone(phone)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12ab", "0812", "+1 415 555 0100", "00812345678", "0812-3456-7890-1234-5", "nomor saya"})
  void refusesWhatNoIndonesianPhoneCouldDial(String phone) {
    assertThat(FormCheck.isIndonesianPhone(phone)).isFalse();
  }
}
