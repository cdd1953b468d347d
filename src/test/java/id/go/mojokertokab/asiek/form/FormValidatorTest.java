package id.go.mojokertokab.asiek.form;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.calendar.DateBounds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The declared rules of the real forms, checked on the server as form-js checks them in the browser. */
class FormValidatorTest {

  static final LocalDateTime NOW = TestData.MONDAY_0900.toLocalDateTime();

  static FormSchema form(String file) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("forms", file))) {
      return FormSchema.parse(in);
    }
  }

  @Test
  void completeRequestLetterPasses() throws IOException {
    FormCheck check = check("request-letter.form", TestData.requestLetter(NOW.toLocalDate()));

    assertThat(check.messages()).isEmpty();
  }

  @Test
  void everyProblemIsNamedByItsLabelInFormOrder() throws IOException {
    Map<String, Object> letter = TestData.requestLetter(NOW.toLocalDate());
    letter.remove("letterNumber");
    letter.put("contactEmail", "bukan-email");
    letter.put("expectedParticipants", 0L);
    letter.put("subject", "x".repeat(201));

    FormCheck check = check("request-letter.form", letter);

    assertThat(check.messages()).containsExactly(
        "Kolom \"Nomor surat\" wajib diisi.",
        "Kolom \"Perihal\" paling banyak 200 karakter (sekarang 201).",
        "Kolom \"E-mail narahubung\" harus berisi alamat e-mail yang benar, misalnya nama@sekolah.sch.id.",
        "Kolom \"Perkiraan jumlah peserta\" harus antara 1 dan 300.");
  }

  @Test
  void unknownOptionsAndUnreadableDatesAreRefused() throws IOException {
    Map<String, Object> letter = TestData.requestLetter(NOW.toLocalDate());
    letter.put("letterDate", "kemarin");
    FormCheck dates = check("request-letter.form", letter);
    FormCheck options = check("disposition.form", Map.of("dispositionDecision", "MUNGKIN"));

    assertThat(dates.messages()).containsExactly("Kolom \"Tanggal surat\" harus berisi tanggal yang benar.");
    assertThat(options.errors()).containsEntry("dispositionDecision", "Pilihan \"MUNGKIN\" pada kolom \"Keputusan\" tidak dikenal.");
  }

  @Test
  void conditionallyShownFieldsAreLeftToTheFormsRules() throws IOException {
    FormSchema disposition = form("disposition.form");

    assertThat(disposition.field("rejectionReason")).hasValueSatisfying(f -> assertThat(f.conditional()).isTrue());
    assertThat(check("disposition.form", Map.of("dispositionDecision", "DITOLAK")).errors()).doesNotContainKey("rejectionReason");
  }

  private static FormCheck check(String file, Map<String, Object> values) throws IOException {
    FormCheck check = new FormCheck(form(file), new FormValues(values, TestData.JAKARTA), NOW, DateBounds.DEFAULT);
    FormValidator.applyDeclaredRules(check);
    return check;
  }
}
