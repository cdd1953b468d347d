package id.go.mojokertokab.asiek.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkingTimeTest {

  @Test
  void readsTheWaktuAsTheSopPrintsIt() {
    assertThat(WorkingTime.parse("30 menit")).isEqualTo(new WorkingTime(0, 30));
    assertThat(WorkingTime.parse("1 jam")).isEqualTo(new WorkingTime(0, 60));
    assertThat(WorkingTime.parse("2 hari")).isEqualTo(new WorkingTime(2, 0));
    assertThat(WorkingTime.parse(" 2 Hari ")).isEqualTo(new WorkingTime(2, 0));
  }

  @Test
  void refusesWhatIsNotADuration() {
    assertThatThrownBy(() -> WorkingTime.parse("segera")).hasMessageContaining("\"segera\"");
    assertThatThrownBy(() -> WorkingTime.parse("0 jam")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingTime.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
