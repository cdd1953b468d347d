package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.AsiekApplication;
import id.go.mojokertokab.asiek.archive.ArchiveService;
import id.go.mojokertokab.asiek.certificate.Certificates;
import id.go.mojokertokab.asiek.document.Document;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.DocumentStore;
import id.go.mojokertokab.asiek.process.RecordedLetter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
      code = first.getBean(Certificates.class).issue(activity, "Dewi Lestari", "peserta-1", "pustakawan").code();
      first.getBean(ArchiveService.class).archive(activity);
    }

    try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AsiekApplication.class).profiles("default").run(settings)) {
      DocumentStore store = second.getBean(DocumentStore.class);
      assertThat(store.list(activity)).extracting(Document::id).containsExactlyInAnyOrder(stored.id(), photo);
      assertThat(Files.readString(store.path(stored))).contains("Dewi");
      assertThat(second.getBean(Certificates.class).find(code)).isPresent();
      assertThat(second.getBean(ArchiveService.class).find(activity)).hasValueSatisfying(p -> assertThat(p.intact()).isTrue());
    }
  }
}
