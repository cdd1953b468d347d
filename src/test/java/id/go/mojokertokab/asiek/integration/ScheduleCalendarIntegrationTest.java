package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.activity.ActivityStatus;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The schedule calendar as staff use it: the page with its calendar component served from the application, the week's
 * bookings in Jakarta wall-clock time (a session of an activity and another office event), an activity opened from
 * its booking. Staff only.
 */
// an application of its own: closing another test's engine unregisters "default" from a cached one's REST and webapps
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=pustaka-asiek-schedule-calendar")
@ActiveProfiles("test")
@DirtiesContext
class ScheduleCalendarIntegrationTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String NUMBER = "ASIEK-2031-0907";

  @LocalServerPort int port;
  @Autowired ScheduleRepository schedule;
  @Autowired ActivityRepository activities;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void aWeekWithBookings() {
    activities.insert(new Activity(NUMBER, "pi-calendar", "045/9/2031", "421/9/SDN2/2031", LocalDate.of(2031, 8, 1),
        "Pelatihan literasi digital", "SDN 2 Trowulan", "Jl. Majapahit 2", "Bapak Hadi", "hadi@sdn2.sch.id", "0812-1111-2222",
        LocalDate.of(2031, 9, 8), LocalDate.of(2031, 9, 9), 30, "agendaris", Instant.parse("2031-08-04T02:00:00Z"), ActivityStatus.ACCEPTED));
    book("ruang-pelatihan", "2031-09-08T08:00", "2031-09-08T12:00", NUMBER, SessionType.MATERI, "Pelatihan literasi digital");
    book("aula", "2031-09-10T13:00", "2031-09-10T15:30", null, null, "Rapat koordinasi arsip");
  }

  @AfterEach
  void clean() {
    jdbc.update("delete from asiek_booking where activity_number = ? or title = ?", NUMBER, "Rapat koordinasi arsip");
    jdbc.update("delete from asiek_activity where activity_number = ?", NUMBER);
  }

  @Test
  void staffSeeTheWeeksBookingsInOfficeTimeAndOpenAnActivityFromIt() {
    RestClient kasubag = new RestClient(port);
    assertThat(kasubag.webappLogin("tasklist", "kasubag", "demo")).isEqualTo(200);

    RestClient.Reply page = kasubag.get(null, "/staf/jadwal");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Kalender jadwal", "/webjars/fullcalendar/index.global.min.js", "/js/jadwal.js", "Ruang Pelatihan");
    assertThat(kasubag.get(null, "/webjars/fullcalendar/index.global.min.js").status()).as("the component is served by the app").isEqualTo(200);

    JsonNode week = kasubag.get(null, "/staf/jadwal/pemesanan?start=2031-09-08T00:00:00Z&end=2031-09-15T00:00:00Z").json();
    assertThat(week).hasSize(2);
    assertThat(week.get(0).path("start").asText()).as("Jakarta wall-clock time, no offset").isEqualTo("2031-09-08T08:00");
    assertThat(week.get(0).path("title").asText()).isEqualTo(NUMBER + " · Penerangan materi: Ruang Pelatihan");
    assertThat(week.get(0).path("extendedProps").path("waktu").asText()).isEqualTo("Senin, 8 September 2031 pukul 08.00–12.00 WIB");
    assertThat(week.get(1).path("title").asText()).isEqualTo("Aula Dinas Perpustakaan dan Kearsipan: Rapat koordinasi arsip");
    assertThat(week.get(1).path("extendedProps").path("kegiatan").asText()).isEmpty();
    assertThat(kasubag.get(null, "/staf/jadwal/pemesanan?start=2031-09-08&end=2031-09-15&sumberDaya=aula").json()).hasSize(1);

    JsonNode activity = kasubag.get(null, "/staf/jadwal/kegiatan/" + NUMBER).json();
    assertThat(activity.path("lembaga").asText()).isEqualTo("SDN 2 Trowulan");
    assertThat(activity.path("status").asText()).isEqualTo("Diterima");
    assertThat(activity.path("pemesanan").get(0).path("waktu").asText()).isEqualTo("Senin, 8 September 2031 pukul 08.00–12.00 WIB");
    assertThat(activity.path("cockpit").asText()).as("a supervisor may follow it into Cockpit").endsWith("#/process-instance/pi-calendar");
    assertThat(activity.toString()).as("need to know: no contact details").doesNotContain("hadi@", "0812");
  }

  @Test
  void everyLaneSeesTheCalendarButNobodyUnsigned() {
    RestClient cleaner = new RestClient(port);
    cleaner.webappLogin("tasklist", "kebersihan", "demo");

    assertThat(cleaner.get(null, "/staf/jadwal").status()).isEqualTo(200);
    assertThat(cleaner.get(null, "/staf/jadwal/kegiatan/" + NUMBER).json().has("cockpit")).isFalse();
    assertThat(new RestClient(port).get(null, "/staf/jadwal").status()).isEqualTo(401);
    assertThat(new RestClient(port).get(null, "/staf/jadwal/pemesanan?start=2031-09-08&end=2031-09-15").status()).isEqualTo(401);
    assertThat(new RestClient(port).get("kasubag", "/staf/jadwal/kegiatan/" + NUMBER).status()).isEqualTo(401);
  }

  private void book(String resource, String from, String until, String activity, SessionType type, String title) {
    Instant start = LocalDateTime.parse(from).atZone(JAKARTA).toInstant();
    Instant end = LocalDateTime.parse(until).atZone(JAKARTA).toInstant();
    long id = schedule.insertBooking(resource, start, end, 1, activity, type, title, "kasubag", Instant.parse("2031-08-05T02:00:00Z"));
    schedule.insertUnit(id, resource, 1, start, end);
  }
}
