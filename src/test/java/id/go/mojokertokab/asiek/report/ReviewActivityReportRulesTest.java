package id.go.mojokertokab.asiek.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mojokertokab.asiek.FormFiles;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.calendar.DateBounds;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormSchema;
import id.go.mojokertokab.asiek.form.FormValidator;
import id.go.mojokertokab.asiek.form.FormValues;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form_ReviewActivityReport: the report is approved only with its narrative, in the browser and on the server. */
class ReviewActivityReportRulesTest {

  static final Path FORM = Path.of("forms", "review-activity-report.form");
  static final String NARRATIVE_MISSING = "Kolom \"Narasi pelaksanaan kegiatan\" wajib diisi untuk menyetujui laporan.";

  @Test
  void anApprovedReportWithoutNarrativeIsRefusedNamingTheField() throws IOException {
    FormCheck empty = rulesOnly(approved(null));
    FormCheck blank = rulesOnly(approved("  \n "));

    assertThat(empty.errors()).containsEntry(Workshop.REPORT_NARRATIVE.name(), NARRATIVE_MISSING);
    assertThat(blank.errors()).containsEntry(Workshop.REPORT_NARRATIVE.name(), NARRATIVE_MISSING);
  }

  @Test
  void anApprovedReportWithItsNarrativePasses() throws IOException {
    Map<String, Object> values = approved("Kegiatan berjalan lancar dan diikuti dengan antusias.");

    assertThat(rulesOnly(values).messages()).isEmpty();
    assertThat(allRules(values).messages()).isEmpty();
  }

  @Test
  void theFormItselfRequiresTheNarrativeAndTheServerSaysSoOnce() throws IOException {
    JsonNode narrative = FormFiles.field(FORM.getFileName().toString(), Workshop.REPORT_NARRATIVE.name());

    assertThat(narrative.path("validate").path("required").asBoolean()).as("form-js refuses it in Tasklist").isTrue();
    assertThat(narrative.path("description").asText()).doesNotContain("boleh kosong");
    assertThat(allRules(approved(null)).messages()).containsExactly(NARRATIVE_MISSING);
  }

  private static Map<String, Object> approved(String narrative) {
    Map<String, Object> values = new HashMap<>();
    values.put("requirementsConfirmed", java.util.List.of("Laptop", "ATK lainnya"));
    values.put(Vars.OUTPUT_CONFIRMED.name(), true);
    values.put(Workshop.REPORT_NARRATIVE.name(), narrative);
    values.put(Workshop.REPORT_CONCLUSIONS.name(), "Layak diulang tahun depan.");
    return values;
  }

  /** Only the server's rule, as it holds where a redeployed form no longer declares the field required. */
  private static FormCheck rulesOnly(Map<String, Object> values) throws IOException {
    FormCheck check = check(values);
    new ReviewActivityReportRules().check(check);
    return check;
  }

  /** As FormSubmissionGuard runs them: the form's rules, then what the form declares. */
  private static FormCheck allRules(Map<String, Object> values) throws IOException {
    FormCheck check = check(values);
    new ReviewActivityReportRules().check(check);
    FormValidator.applyDeclaredRules(check);
    return check;
  }

  private static FormCheck check(Map<String, Object> values) throws IOException {
    try (InputStream in = Files.newInputStream(FORM)) {
      return new FormCheck(FormSchema.parse(in), new FormValues(values, TestData.JAKARTA), TestData.MONDAY_0900.toLocalDateTime(),
          DateBounds.DEFAULT);
    }
  }
}
