package id.go.mojokertokab.asiek.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV cells of the daftar hadir as Excel reads them. */
class AttendanceSheetsTest {

  @Test
  void aValueExcelWouldRunAsAFormulaStaysText() {
    assertThat(AttendanceSheets.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(AttendanceSheets.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AttendanceSheets.cell("Dusun Sumber; RT 02")).isEqualTo("\"Dusun Sumber; RT 02\"");
    assertThat(AttendanceSheets.cell("Dewi Lestari")).isEqualTo("Dewi Lestari");
  }

  @Test
  void phoneNumbersArePrintedAsPeopleWriteThem() {
    assertThat(AttendanceSheets.national("+6281234567890")).isEqualTo("081234567890");
  }
}
