package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.AsiekApplication;
import id.go.mojokertokab.asiek.archive.ArchiveService;
import id.go.mojokertokab.asiek.certificate.Certificates;
import id.go.mojokertokab.asiek.certificate.Certificates.Issuance;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentStore;
import id.go.mojokertokab.asiek.process.RecordedLetter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents, certificates and archive records written by the application outlive it: on the default H2 file in
 * ASIEK_DATA_DIR, after a restart, every row is there with its file. (Written outside a transaction, what came over HTTP was lost.)
 */
class DocumentsRestartIntegrationTest {

  @Test
  void documentsCertificatesAndPackagesSurviveARestart(@TempDir Path dataDir) throws Exception {
    String[] settings = {"--server.port=0", "--ASIEK_DATA_DIR=" + dataDir, "--camunda.bpm.job-execution.enabled=false"};
    String activity;
    Document stored;
    String code;
    String photo;
    try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AsiekApplication.class).profiles("default").run(settings)) {
      activity = RecordedLetter.of(first.getBean(ProcessEngine.class), RestApiIntegrationTestBase.today()).getBusinessKey();
      stored = first.getBean(DocumentStore.class).store(activity, DocumentKind.DAFTAR_HADIR, "hadir.csv",
          new ByteArrayInputStream("nama,alamat\nDewi,Mojosari\n".getBytes(StandardCharsets.UTF_8)), "pustakawan");
      int port = Integer.parseInt(first.getEnvironment().getProperty("local.server.port"));
      RestClient.Reply uploaded = new RestClient(port).send("dokumentasi", DocumentsIntegrationTest.multipart(
          new RestClient(port).to("/api/kegiatan/" + activity + "/dokumen"), "FOTO", "a.png", DocumentsIntegrationTest.png(java.awt.Color.RED)));
      assertThat(uploaded.status()).isEqualTo(201);
      photo = uploaded.json().path("id").asText();
      checkedInAtTheDoor(first.getBean(JdbcTemplate.class), activity, "K7M2QX", "Dewi Lestari");
      Issuance issued = first.getBean(Certificates.class).issue(activity, "K7M-2QX", "pustakawan");
      code = ((Issuance.Issued) issued).certificate().code();
      first.getBean(ArchiveService.class).archive(activity);
    }

    try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AsiekApplication.class).profiles("default").run(settings)) {
      DocumentStore store = second.getBean(DocumentStore.class);
      assertThat(store.list(activity)).extracting(Document::id).containsExactlyInAnyOrder(stored.id(), photo);
      assertThat(Files.readString(store.path(stored))).contains("Dewi");
      assertThat(second.getBean(Certificates.class).find(code)).hasValueSatisfying(c -> assertThat(c.participantName()).isEqualTo("Dewi Lestari"));
      assertThat(second.getBean(ArchiveService.class).find(activity)).hasValueSatisfying(p -> assertThat(p.intact()).isTrue());
    }
  }

  /**
   * A walk-in checked in on the activity's one day, written as the attendance desk writes it: the registration, the day
   * and the check-in (the process steps that open them need the engine clock and mail this test does not run).
   */
  static void checkedInAtTheDoor(JdbcTemplate jdbc, String activity, String participantCode, String name) {
    LocalDate day = LocalDate.of(2026, 12, 21);
    Timestamp now = Timestamp.from(Instant.parse("2026-12-21T00:40:00Z"));
    jdbc.update("insert into asiek_registration_window (activity_number, token, capacity, deadline, closes_at, first_day, last_day, opened_at)"
        + " values (?, ?, 20, ?, ?, ?, ?, ?)", activity, "token-" + activity, day.minusDays(3), now, day, day, now);
    jdbc.update("insert into asiek_attendance_day (activity_number, attendance_date, opens_at) values (?, ?, ?)", activity, day, now);
    jdbc.update("insert into asiek_participant (activity_number, code, status, full_name, phone, active_phone, source, registered_at, changed_at)"
        + " values (?, ?, 'WALK_IN', ?, '081234567890', '081234567890', 'WALK_IN', ?, ?)", activity, participantCode, name, now, now);
    long id = jdbc.queryForObject("select id from asiek_participant where code = ?", Long.class, participantCode);
    jdbc.update("insert into asiek_attendance (participant_id, activity_number, attendance_date, checked_in_at, checked_in_by) values (?, ?, ?, ?, ?)",
        id, activity, day, now, "dokumentasi");
  }
}
