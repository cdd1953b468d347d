package id.go.mojokertokab.asiek.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days and ranges of days as Indonesians write them on certificates and letters. */
class IndonesianDatesTest {

  /** One day is that date; days of one month share the month and year; across a month the year only; across the new year both. */
  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-12-21 | 2026-12-21 | 21 Desember 2026
      2026-12-21 | 2026-12-22 | 21–22 Desember 2026
      2026-12-01 | 2026-12-31 | 1–31 Desember 2026
      2026-11-30 | 2026-12-02 | 30 November – 2 Desember 2026
      2026-12-30 | 2027-01-02 | 30 Desember 2026 – 2 Januari 2027""")
  void aRangeOfDaysIsWrittenAsIndonesiansWriteIt(LocalDate first, LocalDate last, String written) {
    assertThat(IndonesianDates.range(first, last)).isEqualTo(written);
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> IndonesianDates.range(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 21)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDateIsWrittenWithTheIndonesianMonthName() {
    assertThat(IndonesianDates.date(LocalDate.of(2027, 2, 3))).isEqualTo("3 Februari 2027");
    assertThat(IndonesianDates.day(LocalDate.of(2026, 12, 21))).isEqualTo("Senin, 21 Desember 2026");
  }
}
