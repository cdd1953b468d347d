package id.go.mojokertokab.asiek.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mojokertokab.asiek.FormFiles;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.calendar.DateBounds;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormSchema;
import id.go.mojokertokab.asiek.form.FormValues;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form_PrepareRoom: the cleaning staff read what the time is, that it cannot be later than now, and the refusal names it so. */
class PrepareRoomFormTest {

  static final Path FORM = Path.of("forms", "prepare-room.form");
  static final ZonedDateTime NOW = TestData.MONDAY_0900;

  @Test
  void theReadyTimeIsLabelledAsWhatItIsAndSaysItCannotBeLaterThanNow() throws IOException {
    JsonNode field = FormFiles.field(FORM.getFileName().toString(), Vars.ROOM_READY_AT.name());

    // form-js shows a datetime field's dateLabel and timeLabel, not its label; the server names the field by its label
    assertThat(field.path("dateLabel").asText()).as("what Tasklist shows").isEqualTo("Waktu ruangan siap");
    assertThat(field.path("label").asText()).as("what the server's messages name").isEqualTo("Waktu ruangan siap");
    assertThat(field.path("description").asText()).contains("ruangan selesai dibersihkan dan ditata", "Tidak boleh lebih lambat dari sekarang");
  }

  @Test
  void aReadyTimeStillToComeIsRefusedNamingTheFieldAsTheFormDoes() throws IOException {
    FormCheck later = check(NOW.plusHours(1));
    FormCheck earlier = check(NOW.minusMinutes(30));

    assertThat(later.messages()).containsExactly("Kolom \"Waktu ruangan siap\" tidak boleh berisi waktu yang belum tiba.");
    assertThat(earlier.messages()).isEmpty();
  }

  private static FormCheck check(ZonedDateTime readyAt) throws IOException {
    try (InputStream in = Files.newInputStream(FORM)) {
      FormCheck check = new FormCheck(FormSchema.parse(in),
          new FormValues(Map.of(Vars.ROOM_READY_AT.name(), readyAt.toOffsetDateTime().toString()), TestData.JAKARTA),
          NOW.toLocalDateTime(), DateBounds.DEFAULT);
      new PrepareRoomRules().check(check);
      return check;
    }
  }
}
