package id.go.mojokertokab.asiek.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The registration form's own check: each field its own Indonesian message, phone numbers as people write them. */
class RegistrationFormTest {

  static final RegistrationForm VALID = new RegistrationForm("Dewi Lestari", "Dusun Sumber RT 02 RW 03, Mojosari", "0812-3456-7890",
      "dewi.lestari@gmail.com", "SDN 1 Mojosari, kelas V", true);

  @Test
  void aCompleteFormHasNoProblem() {
    assertThat(VALID.problems()).isEmpty();
  }

  /** Every field has its own message, in the form's order: for a field left empty and for a wrong value. */
  @ParameterizedTest
  @MethodSource
  void problemsAreNamedByFieldInTheFormsOrder(RegistrationForm form, List<Map.Entry<String, String>> problems) {
    assertThat(form.problems().entrySet()).containsExactlyElementsOf(problems);
  }

  static Stream<Arguments> problemsAreNamedByFieldInTheFormsOrder() {
    return Stream.of(
        arguments(named("every field missing", new RegistrationForm(" ", "", "", "", "", false)), List.of(
            Map.entry("fullName", "Nama lengkap wajib diisi."),
            Map.entry("address", "Alamat wajib diisi."),
            Map.entry("phone", "Nomor telepon wajib diisi."),
            Map.entry("email", "Alamat e-mail wajib diisi: tanda terima, tautan pembatalan dan undangan dikirim ke alamat ini."),
            Map.entry("affiliation", "Asal lembaga atau kelas wajib diisi."),
            Map.entry("consent", "Centang persetujuan untuk mendaftar: tanpa persetujuan Anda, data Anda tidak kami simpan."))),
        arguments(named("wrong values", new RegistrationForm("D", "Jl.", "12345", "dewi@gmail", "X".repeat(151), true)), List.of(
            Map.entry("fullName", "Nama lengkap paling sedikit 2 karakter."),
            Map.entry("address", "Alamat paling sedikit 5 karakter."),
            Map.entry("phone", "Nomor telepon harus nomor Indonesia, misalnya 0812-3456-7890, +62 812 3456 7890 atau (0321) 321234."),
            Map.entry("email", "Alamat e-mail tidak benar; tulis seperti nama@gmail.com."),
            Map.entry("affiliation", "Asal lembaga atau kelas paling banyak 150 karakter (sekarang 151)."))));
  }

  @Test
  void aNameWithAControlCharacterIsRefusedAndAnAddressOnTwoLinesBecomesOneLine() {
    RegistrationForm form = new RegistrationForm("Dewi\u0007Lestari", "Dusun Sumber\r\n  Mojosari", "081234567890", "d@gmail.com", "SDN 1", true);

    assertThat(form.problems()).containsOnlyKeys("fullName");
    assertThat(form.address()).isEqualTo("Dusun Sumber, Mojosari");
  }

  @ParameterizedTest
  @CsvSource({
      "0812-3456-7890, +6281234567890",
      "+62 812 3456 7890, +6281234567890",
      "6281234567890, +6281234567890",
      "'(0321) 321234', +62321321234",
      "0812.3456.7890, +6281234567890"})
  void phoneNumbersWrittenInIndonesianWaysAreKeptAsOneNumber(String typed, String kept) {
    assertThat(PhoneNumbers.normalise(typed)).contains(kept);
  }

  @ParameterizedTest
  @CsvSource({"12345", "+1 415 555 0100", "0812", "08123456789012345", "0812-3456-789a", "00812345678"})
  void otherNumbersAreNotIndonesianPhoneNumbers(String typed) {
    assertThat(PhoneNumbers.normalise(typed)).isEmpty();
  }

  @Test
  void codesAreReadAsTypedAtTheDoor() {
    assertThat(ParticipantCodes.parse(" k7m-2qx ")).contains("K7M2QX");
    assertThat(ParticipantCodes.parse("K7M 2QX")).contains("K7M2QX");
    assertThat(ParticipantCodes.parse("K7M-2Q0")).as("0 is not in the alphabet: no look-alikes").isEmpty();
    assertThat(ParticipantCodes.display("K7M2QX")).isEqualTo("K7M-2QX");
    assertThat(ParticipantCodes.code()).hasSize(6).matches("[2-9A-HJ-NP-Z]{6}");
  }
}
