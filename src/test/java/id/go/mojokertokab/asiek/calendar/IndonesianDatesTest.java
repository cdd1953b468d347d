package id.go.mojokertokab.asiek.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days and ranges of days as Indonesians write them on certificates and letters. */
class IndonesianDatesTest {

  @Test
  void oneDayIsWrittenAsThatDate() {
    assertThat(IndonesianDates.range(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 21))).isEqualTo("21 Desember 2026");
  }

  @Test
  void daysOfOneMonthShareTheMonthAndYear() {
    assertThat(IndonesianDates.range(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 22))).isEqualTo("21–22 Desember 2026");
    assertThat(IndonesianDates.range(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEqualTo("1–31 Desember 2026");
  }

  @Test
  void daysAcrossAMonthShareTheYearOnly() {
    assertThat(IndonesianDates.range(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2))).isEqualTo("30 November – 2 Desember 2026");
  }

  @Test
  void daysAcrossTheNewYearNameBothYears() {
    assertThat(IndonesianDates.range(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))).isEqualTo("30 Desember 2026 – 2 Januari 2027");
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
