package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.go.mojokertokab.asiek.EngineClockOnMonday;
import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.document.RequiredOutputs;
import id.go.mojokertokab.asiek.participant.AttendanceDesk;
import id.go.mojokertokab.asiek.participant.CheckIn;
import id.go.mojokertokab.asiek.participant.OpenRegistration;
import id.go.mojokertokab.asiek.participant.Participant;
import id.go.mojokertokab.asiek.participant.RegistrationDesk;
import id.go.mojokertokab.asiek.participant.RegistrationForm;
import id.go.mojokertokab.asiek.participant.RegistrationOutcome;
import id.go.mojokertokab.asiek.security.Lanes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The document store, the disposition sheet, the report, certificates and the archive over HTTP as staff use them, on
 * the running application (H2) with the engine's clock pinned to a Monday: uploads (multipart and tus, cut and
 * resumed), refusals by content, size and lane, the Tasklist session with the page's token, the SOP outputs still
 * missing, the PDFs read back, and a package checked with sha256sum and then damaged for the fixity job to find.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "asiek.documents.max-size.FOTO=1MB", "asiek.documents.upload-expiry=PT2H"})
@ActiveProfiles("test")
@ExtendWith(EngineClockOnMonday.class)
class DocumentsIntegrationTest {

  static final Path DATA = Path.of("target", "documents-it-" + UUID.randomUUID());
  static final LocalDate FIRST_DAY = TestData.WORKSHOP_FIRST_DAY;
  /** The PDFs the tests made, kept to be looked at (pdftoppm) after the run. */
  static final Path PDF_OUT = Path.of("target", "pdf");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RequiredOutputs requiredOutputs;
  @Autowired ApplicationContext context;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired RegistrationDesk registrationDesk;
  @Autowired AttendanceDesk attendance;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("asiek.data-dir", DATA::toString);
  }

  /** A workshop's bookings would refuse the next test's schedule for the same days. */
  @AfterEach
  void releaseBookingsAndGoBackToMonday() {
    jdbc.update("delete from asiek_booking");
    ClockUtil.setCurrentTime(TestData.date(TestData.MONDAY_0900));
  }

  RestClient rest() {
    return new RestClient(port);
  }

  // --- uploads ---------------------------------------------------------------------------------------------------

  @Test
  void aPhotoIsStoredWithItsSha256AndTypeAndServedWithRanges() throws Exception {
    String activity = acceptedActivity();
    byte[] photo = png(Color.ORANGE);

    RestClient.Reply stored = upload("dokumentasi", activity, "FOTO", "pembukaan.png", photo);

    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    JsonNode document = stored.json();
    assertThat(document.path("jenis").asText()).isEqualTo("FOTO");
    assertThat(document.path("namaBerkas").asText()).isEqualTo("pembukaan.png");
    assertThat(document.path("ukuran").asLong()).isEqualTo(photo.length);
    assertThat(document.path("sha256").asText()).isEqualTo(sha256(photo));
    assertThat(document.path("mediaType").asText()).isEqualTo("image/png");
    String link = document.path("tautan").asText();
    HttpResponse<byte[]> whole = rest().bytes("pengembangan", rest().to(link).GET());
    HttpResponse<byte[]> part = rest().bytes("pengembangan", rest().to(link).header("Range", "bytes=0-9").GET());
    HttpResponse<byte[]> thumbnail = rest().bytes("kadis", rest().to(document.path("gambarKecil").asText()).GET());
    assertThat(whole.body()).isEqualTo(photo);
    assertThat(whole.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("sandbox"));
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.body()).containsExactly(java.util.Arrays.copyOf(photo, 10));
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 0-9/" + photo.length);
    assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(480);
    assertThat(committed("select count(*) from asiek_document where id = ?", document.path("id").asText()))
        .as("the row is committed, not only visible to the connection that wrote it").isEqualTo(1);
  }

  @Test
  void aJpgThatIsNoImageIsRefusedAndLeavesNothing() throws Exception {
    String activity = acceptedActivity();
    long filesBefore = storedFiles();

    RestClient.Reply refused = upload("dokumentasi", activity, "FOTO", "foto.jpg", "bukan gambar, hanya teks".getBytes(StandardCharsets.UTF_8));
    RestClient.Reply pdfAsPhoto = upload("dokumentasi", activity, "FOTO", "foto.pdf", minimalPdf());

    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.json().path("detail").asText()).contains("foto.jpg", "isi berkas tidak sesuai dengan namanya");
    assertThat(pdfAsPhoto.status()).isEqualTo(415);
    assertThat(pdfAsPhoto.json().path("detail").asText()).contains("application/pdf", "gambar (foto)");
    assertThat(documents(activity)).isZero();
    assertThat(storedFiles()).isEqualTo(filesBefore);
    assertThat(temporaryFiles()).isZero();
  }

  @Test
  void aFileOverItsKindsLimitIsRefused() throws Exception {
    String activity = acceptedActivity();
    byte[] big = new byte[1024 * 1024 + 1];
    System.arraycopy(png(Color.BLUE), 0, big, 0, png(Color.BLUE).length);

    RestClient.Reply refused = upload("dokumentasi", activity, "FOTO", "besar.png", big);

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.json().path("detail").asText()).contains("melebihi batas ukuran foto kegiatan (1 MB)");
    assertThat(documents(activity)).isZero();
    assertThat(temporaryFiles()).isZero();
  }

  @Test
  void lanesReadAndUploadOnlyWhatTheirWorkNeeds() throws Exception {
    String activity = acceptedActivity();
    upload("dokumentasi", activity, "FOTO", "a.png", png(Color.RED));

    RestClient.Reply cleaner = rest().get("kebersihan", "/api/kegiatan/" + activity + "/dokumen");
    RestClient.Reply assets = rest().get("kasubag", "/api/kegiatan/" + activity + "/dokumen");
    RestClient.Reply nobody = rest().get(null, "/api/kegiatan/" + activity + "/dokumen");
    RestClient.Reply speakerList = rest().get("narasumber", "/api/kegiatan/" + activity + "/dokumen");
    RestClient.Reply speakerPhoto = upload("narasumber", activity, "FOTO", "b.png", png(Color.RED));
    String photo = rest().get("kadis", "/api/kegiatan/" + activity + "/dokumen").json().get(0).path("tautan").asText();

    assertThat(cleaner.status()).isEqualTo(403);
    assertThat(cleaner.json().path("detail").asText()).startsWith("Hanya ");
    assertThat(assets.status()).isEqualTo(403);
    assertThat(nobody.status()).isEqualTo(401);
    assertThat(speakerList.status()).isEqualTo(200);
    assertThat(speakerList.json()).as("the speaker reads the material, not the photos").isEmpty();
    assertThat(speakerPhoto.status()).isEqualTo(403);
    assertThat(speakerPhoto.json().path("detail").asText())
        .isEqualTo("Hanya Staf Bagian Dokumentasi yang dapat mengunggah foto kegiatan.");
    assertThat(rest().get("narasumber", photo).status()).isEqualTo(403);
    assertThat(rest().get("kebersihan", photo).status()).isEqualTo(403);
  }

  @Test
  void anUploadCutAt60PercentResumesToTheSameSha256() throws Exception {
    String activity = acceptedActivity();
    byte[] video = video(3 * 1024 * 1024 + 123);
    String upload = createUpload("dokumentasi", activity, "VIDEO", "hari-1.mp4", video.length, sha256(video));
    int cut = video.length * 60 / 100;

    patchAndHangUp(upload, video, cut);
    long offset = offset("dokumentasi", upload);
    RestClient.Reply rest = patch("dokumentasi", upload, offset, java.util.Arrays.copyOfRange(video, (int) offset, video.length));

    assertThat(offset).isEqualTo(cut);
    assertThat(rest.status()).as(rest.body()).isEqualTo(204);
    String link = rest.raw().headers().firstValue("Asiek-Dokumen").orElseThrow();
    JsonNode document = rest().get("dokumentasi", "/api/kegiatan/" + activity + "/dokumen?jenis=VIDEO").json().get(0);
    assertThat(document.path("sha256").asText()).isEqualTo(sha256(video));
    assertThat(document.path("mediaType").asText()).startsWith("video/");
    assertThat(document.path("tautan").asText()).isEqualTo(link);
    assertThat(rest().bytes("dokumentasi", rest().to(link).GET()).body()).isEqualTo(video);
    assertThat(rest().get("dokumentasi", upload).json().path("dokumen").asText()).isEqualTo(link);
    assertThat(DATA.resolve("dokumen/unggahan").resolve(upload.substring(upload.lastIndexOf('/') + 1))).as("no partial file is left")
        .doesNotExist();
    assertThat(committed("select count(*) from asiek_upload where document_id = ?", document.path("id").asText())).isEqualTo(1);
  }

  @Test
  void aWrongSha256DiscardsTheUploadBeforeAnyDocumentExists() throws Exception {
    String activity = acceptedActivity();
    byte[] video = video(200_000);
    String upload = createUpload("dokumentasi", activity, "VIDEO", "salah.mp4", video.length, sha256("lain".getBytes()));

    RestClient.Reply last = patch("dokumentasi", upload, 0, video);

    assertThat(last.status()).isEqualTo(460);
    assertThat(last.json().path("detail").asText()).contains("tidak sama dengan yang dinyatakan");
    assertThat(documents(activity)).isZero();
    assertThat(rest().send("dokumentasi", rest().to(upload).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .header("Tus-Resumable", "1.0.0")).status()).isEqualTo(404);
    assertThat(Files.exists(DATA.resolve("dokumen/unggahan").resolve(upload.substring(upload.lastIndexOf('/') + 1)))).isFalse();
  }

  @Test
  void anAbandonedUploadIsRemovedAfterItsExpiryLeavingNoRecordAndNoFile() throws Exception {
    String activity = acceptedActivity();
    byte[] video = video(500_000);
    String upload = createUpload("dokumentasi", activity, "VIDEO", "terputus.mp4", video.length, sha256(video));
    patch("dokumentasi", upload, 0, java.util.Arrays.copyOf(video, 100_000));
    Path partial = DATA.resolve("dokumen/unggahan").resolve(upload.substring(upload.lastIndexOf('/') + 1));
    var cleanup = context.getBean("uploadCleanup");
    var clean = cleanup.getClass().getDeclaredMethod("clean");
    clean.setAccessible(true);

    clean.invoke(cleanup);
    boolean keptWhileFresh = Files.exists(partial) && offset("dokumentasi", upload) == 100_000;
    ClockUtil.setCurrentTime(TestData.date(TestData.MONDAY_0900.plusHours(3)));
    try {
      clean.invoke(cleanup);
    } finally {
      ClockUtil.setCurrentTime(TestData.date(TestData.MONDAY_0900));
    }

    assertThat(keptWhileFresh).isTrue();
    assertThat(Files.exists(partial)).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from asiek_upload where id = ?", Long.class, upload.substring(upload.lastIndexOf('/') + 1))).isZero();
    assertThat(documents(activity)).isZero();
  }

  @Test
  void theUploadPageWorksWithTheTasklistSessionAndItsTokenOnly() throws Exception {
    String activity = acceptedActivity();
    RestClient browser = rest();
    browser.webappLogin("tasklist", "dokumentasi", "demo");

    RestClient.Reply page = browser.get(null, "/staf/kegiatan/" + activity + "/dokumen");
    Matcher token = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(page.body());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Dokumen kegiatan " + activity, "foto kegiatan", "/js/dokumen.js");
    assertThat(token.find()).isTrue();
    // as the page's script does: the list first (over /api, with the session), then uploads with the page's token
    RestClient.Reply listBefore = browser.get(null, "/api/kegiatan/" + activity + "/dokumen");
    browser.get(null, "/staf");
    RestClient.Reply withoutToken = browser.send(null, multipart(browser.to("/api/kegiatan/" + activity + "/dokumen"), "FOTO", "s.png", png(Color.GREEN)));
    RestClient.Reply withToken = browser.send(null, multipart(browser.to("/api/kegiatan/" + activity + "/dokumen"), "FOTO", "s.png", png(Color.GREEN))
        .header("X-ASIEK-CSRF", token.group(1)));
    RestClient.Reply list = browser.get(null, "/api/kegiatan/" + activity + "/dokumen");
    RestClient.Reply cleanerPage = loggedIn("kebersihan").get(null, "/staf/kegiatan/" + activity + "/dokumen");

    assertThat(listBefore.status()).isEqualTo(200);
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withToken.status()).as(withToken.body()).isEqualTo(201);
    assertThat(list.json()).hasSize(1);
    assertThat(cleanerPage.status()).isEqualTo(403);
    assertThat(rest().get(null, "/js/dokumen.js").status()).isEqualTo(200);
  }

  @Test
  void theAgendarisReachesTheLetterScanByNumberAndTheKadisSeesWhetherItIsThere() throws Exception {
    RecordedLetter letter = recordedLetter();
    String activity = letter.activity();
    String disposition = letter.dispositionTask();
    RestClient agendaris = loggedIn("agendaris");

    RestClient.Reply index = agendaris.get(null, "/staf/dokumen");
    RestClient.Reply typed = agendaris.get(null, "/staf/dokumen?nomor=%20" + activity.toLowerCase(java.util.Locale.ROOT));
    RestClient.Reply unknown = agendaris.get(null, "/staf/dokumen?nomor=ASIEK-1999-0001");
    String scanBefore = activityDocumentsField(disposition);
    RestClient.Reply uploaded = upload("agendaris", activity, "SURAT_PERMOHONAN", "surat-permohonan.png", png(Color.BLUE));
    String scanAfter = activityDocumentsField(disposition);

    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("href=\"/staf/kegiatan/" + activity + "/dokumen\"", "SDN 1 Mojosari", "Menunggu disposisi");
    assertThat(typed.status()).isEqualTo(302);
    assertThat(typed.raw().headers().firstValue("Location").orElseThrow()).endsWith("/staf/kegiatan/" + activity + "/dokumen");
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.body()).contains("Kolom &quot;Nomor kegiatan&quot;: tidak ada kegiatan dengan nomor ASIEK-1999-0001.",
        "value=\"ASIEK-1999-0001\"");
    assertThat(loggedIn("kebersihan").get(null, "/staf/dokumen").status()).isEqualTo(403);
    assertThat(loggedIn("agendaris").get(null, "/staf").body()).contains("href=\"/staf/dokumen\"");
    assertThat(scanBefore).contains("**Surat permohonan**: belum ada", "(output SOP langkah 3)");
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    assertThat(scanAfter).contains("**Surat permohonan**: [surat\\-permohonan\\.png](/api/dokumen/");
  }

  @Test
  void theDocumentsPageLeadsBackToTheTaskWhoseFormOpenedItAndToTheIndex() throws Exception {
    RecordedLetter letter = recordedLetter();
    String activity = letter.activity();
    String disposition = letter.dispositionTask();
    String form = activityDocumentsField(disposition);
    Matcher pageLink = Pattern.compile("\\[([^\\]]*)\\]\\((/staf/kegiatan/[^)]*/dokumen[^)]*)\\)").matcher(form);
    assertThat(pageLink.find()).as(form).isTrue();
    RestClient kadis = loggedIn("kadis");

    RestClient.Reply fromForm = kadis.get(null, pageLink.group(2));
    RestClient.Reply typedIn = kadis.get(null, "/staf/kegiatan/" + activity + "/dokumen");
    RestClient.Reply forged = kadis.get(null, "/staf/kegiatan/" + activity + "/dokumen?tugas=%22%3E%3Cb%3Ex");
    RestClient.Reply index = loggedIn("agendaris").get(null, "/staf/dokumen");

    assertThat(pageLink.group(1)).as("the form's link says where it leads").isEqualTo("Buka halaman dokumen kegiatan " + activity.replace("-", "\\-"));
    assertThat(fromForm.status()).isEqualTo(200);
    assertThat(header(fromForm.body())).contains("href=\"/camunda/app/tasklist/default/#/?task=" + disposition + "\"",
        "Kembali ke Tasklist", "href=\"/staf/dokumen\"");
    assertThat(header(typedIn.body())).contains("href=\"/camunda/app/tasklist/default/\"", "Kembali ke Tasklist", "href=\"/staf/dokumen\"");
    assertThat(header(forged.body())).contains("href=\"/camunda/app/tasklist/default/\"").doesNotContain("<b>", "%22");
    assertThat(header(index.body())).contains("href=\"/camunda/app/tasklist/default/\"", "Kembali ke Tasklist");
  }

  /** The page's header (the kop), where its links out of the page are. */
  static String header(String page) {
    int start = page.indexOf("<header");
    assertThat(start).as(page).isNotNegative();
    return page.substring(start, page.indexOf("</header>", start));
  }

  @Test
  void theRequiredOutputsOfRowSevenNameWhatIsMissingUntilTheyAreThere() throws Exception {
    String activity = acceptedActivity();

    RequiredOutputs.Check before = requiredOutputs.check(activity, "7", Lanes.STAF_DOKUMENTASI);
    upload("dokumentasi", activity, "FOTO", "a.png", png(Color.RED));
    RequiredOutputs.Check photoOnly = requiredOutputs.check(activity, "7", Lanes.STAF_DOKUMENTASI);
    upload("dokumentasi", activity, "VIDEO", "b.mp4", video(100_000));
    upload("dokumentasi", activity, "VIDEO_EDIT", "c.mp4", video(120_000));
    RequiredOutputs.Check after = requiredOutputs.check(activity, "7", Lanes.STAF_DOKUMENTASI);

    assertThat(before.complete()).isFalse();
    assertThat(before.sentence()).isEqualTo("Keluaran SOP langkah 7 belum lengkap: belum ada foto kegiatan, video kegiatan dan video hasil"
        + " editing. Unggah di http://asiek.test/staf/kegiatan/" + activity + "/dokumen, lalu selesaikan tugas ini lagi.");
    assertThat(photoOnly.missing()).containsExactly(DocumentKind.VIDEO, DocumentKind.VIDEO_EDIT);
    assertThat(after.complete()).isTrue();
    assertThat(after.sentence()).isEmpty();
    assertThat(requiredOutputs.check(activity, "3", Lanes.KADIS).missing()).containsExactly(DocumentKind.SURAT_PERMOHONAN, DocumentKind.LEMBAR_DISPOSISI);
    assertThat(requiredOutputs.check(activity, "4", Lanes.NARASUMBER).missing()).containsExactly(DocumentKind.MATERI);
    assertThat(requiredOutputs.check(activity, "2", Lanes.JF_PUSTAKAWAN).complete()).as("row 2 requires no file").isTrue();
  }

  // --- PDFs ------------------------------------------------------------------------------------------------------

  @Test
  void theDispositionSheetIsMadeOnceFromTheKadissDecision() throws Exception {
    String activity = acceptedActivity();

    RestClient.Reply first = rest().post("kadis", "/api/kegiatan/" + activity + "/lembar-disposisi", "{}");
    RestClient.Reply retried = rest().post("agendaris", "/api/kegiatan/" + activity + "/lembar-disposisi", "{}");
    byte[] pdf = rest().bytes("kadis", rest().to(first.json().path("tautan").asText()).GET()).body();
    String text = text(pdf, "lembar-disposisi.pdf");

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(retried.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(text).contains("PEMERINTAH KABUPATEN MOJOKERTO", "LEMBAR DISPOSISI", activity, "SDN 1 Mojosari",
        "421.2/77/SDN1/2026", "045/123/416-117/2026", "Diterima", "Bidang Pengembangan",
        "Koordinasikan jadwal dengan pemohon", "Prioritaskan minggu kedua", "7 Desember 2026");
    assertThat(pdfA(pdf)).isTrue();
    assertThat(requiredOutputs.check(activity, "3", Lanes.KADIS).missing()).containsExactly(DocumentKind.SURAT_PERMOHONAN);
  }

  @Test
  void theReportCarriesRequestDispositionDocumentsAndTheTimeOfEachStep() throws Exception {
    String activity = acceptedActivity();
    upload("dokumentasi", activity, "FOTO", "pembukaan.png", png(Color.ORANGE));
    upload("dokumentasi", activity, "FOTO", "praktik.png", png(Color.CYAN));

    HttpResponse<byte[]> draft = rest().bytes("pengembangan", rest().to("/api/kegiatan/" + activity + "/laporan.pdf").GET());
    RestClient.Reply withoutNarrative = rest().post("pengembangan", "/api/kegiatan/" + activity + "/laporan", Map.of("narasi", " ", "kesimpulan", "Layak."));
    RestClient.Reply approved = rest().post("pengembangan", "/api/kegiatan/" + activity + "/laporan",
        Map.of("narasi", "Kegiatan berjalan lancar dan diikuti dengan antusias.", "kesimpulan", "Layak diulang tahun depan."));
    String draftText = text(draft.body(), "laporan-kegiatan-draf.pdf");
    String finalText = text(rest().bytes("kadis", rest().to(approved.json().path("tautan").asText()).GET()).body(), "laporan-kegiatan.pdf");

    assertThat(draft.statusCode()).isEqualTo(200);
    assertThat(draftText).contains("LAPORAN PELAKSANAAN KEGIATAN", "DRAF", activity, "SDN 1 Mojosari", "Diterima",
        "Disposisi surat permohonan", "1 jam", "tepat waktu", "pembukaan.png", "praktik.png",
        "Tidak ada data peserta yang tercatat");
    assertThat(withoutNarrative.status()).isEqualTo(400);
    assertThat(withoutNarrative.body()).contains("narasi", "wajib diisi untuk menyetujui laporan.");
    assertThat(approved.status()).isEqualTo(201);
    assertThat(finalText).contains("Kegiatan berjalan lancar", "Layak diulang").doesNotContain("DRAF");
    assertThat(rest().get("kebersihan", "/api/kegiatan/" + activity + "/laporan.pdf").status()).isEqualTo(403);
  }

  @Test
  void aCertificateGoesToAParticipantWhoCameAndItsQrCodeLeadsToThePublicPageThatShowsOnlyNameActivityAndDays() throws Exception {
    Workshop w = workshopWithAttendance();

    RestClient.Reply issued = rest().post("pustakawan", "/api/kegiatan/" + w.number() + "/sertifikat",
        Map.of("kodePeserta", w.dewi().displayCode().toLowerCase(java.util.Locale.ROOT)));
    RestClient.Reply again = rest().post("pengembangan", "/api/kegiatan/" + w.number() + "/sertifikat", Map.of("kodePeserta", w.dewi().code()));
    String code = issued.json().path("kode").asText();
    byte[] pdf = rest().bytes("pustakawan", rest().to(issued.json().path("pdf").asText()).GET()).body();
    RestClient.Reply page = rest().get(null, "/sertifikat/" + code.toLowerCase());
    RestClient.Reply unknown = rest().get(null, "/sertifikat/AAAA-BBBB-CCCC-DDDD");

    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    assertThat(issued.json().path("nama").asText()).isEqualTo("Dewi Lestari");
    assertThat(issued.json().path("hari").asText()).isEqualTo("21–22 Desember 2026");
    assertThat(issued.json().path("tanggalSelesai").asText()).isEqualTo("2026-12-22");
    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    assertThat(again.status()).as("the certificate she holds, not a second one").isEqualTo(200);
    assertThat(again.json().path("kode").asText()).isEqualTo(code);
    assertThat(text(pdf, "sertifikat.pdf")).contains("SERTIFIKAT", "Dewi Lestari", "SDN 1 Mojosari", "21–22 Desember 2026", code,
        "Mojokerto, 22 Desember 2026");
    assertThat(qrCode(pdf)).isEqualTo("http://asiek.test/sertifikat/" + code);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Sertifikat sah", "Dewi Lestari", "Pustaka ASIEK) bersama SDN 1 Mojosari", "21–22 Desember 2026")
        .doesNotContain("0812", "Siti Aminah", w.number(), w.dewi().displayCode());
    assertThat(page.raw().headers().allValues("Set-Cookie")).isEmpty();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(committed("select count(*) from asiek_certificate where code = ?", code)).isEqualTo(1);
    assertThat(committed("select count(*) from asiek_certificate where activity_number = ?", w.number())).isEqualTo(1);
    assertThat(rest().post(null, "/sertifikat/" + code, "{}").status()).isIn(401, 403);
    assertThat(rest().get("kebersihan", issued.json().path("pdf").asText()).status()).isEqualTo(403);
  }

  @Test
  void noCertificateGoesToOneWhoCameOnNoDayNorToAnUnknownCodeNorToANameAndNothingIsWritten() throws Exception {
    Workshop w = workshopWithAttendance();
    String path = "/api/kegiatan/" + w.number() + "/sertifikat";

    RestClient.Reply neverCame = rest().post("pustakawan", path, Map.of("kodePeserta", w.citra().displayCode()));
    RestClient.Reply unknownCode = rest().post("pustakawan", path, Map.of("kodePeserta", "ZZZ-ZZZ"));
    RestClient.Reply nameAsCode = rest().post("pengembangan", path, Map.of("kodePeserta", "Dewi Lestari"));
    RestClient.Reply nameAlone = rest().post("pustakawan", path, Map.of("nama", "Dewi Lestari"));
    RestClient.Reply otherLane = rest().post("kebersihan", path, Map.of("kodePeserta", w.dewi().code()));

    String notAttended = "Kolom \"kodePeserta\": Citra Ayu (" + w.citra().displayCode() + ") tidak tercatat hadir pada hari mana pun kegiatan "
        + w.number() + "; sertifikat hanya diterbitkan bagi peserta yang hadir.";
    assertThat(neverCame.status()).as(neverCame.body()).isEqualTo(422);
    assertThat(neverCame.json().path("detail").asText()).isEqualTo(notAttended);
    assertThat(neverCame.json().path("kolom").path("kodePeserta").asText()).isEqualTo(notAttended);
    assertThat(unknownCode.status()).as(unknownCode.body()).isEqualTo(400);
    assertThat(unknownCode.json().path("detail").asText())
        .startsWith("Kolom \"kodePeserta\": tidak ada peserta kegiatan " + w.number() + " dengan kode \"ZZZ-ZZZ\".");
    assertThat(nameAsCode.status()).isEqualTo(400);
    assertThat(nameAsCode.json().path("detail").asText()).contains("Kolom \"kodePeserta\": tidak ada peserta", "\"Dewi Lestari\"");
    assertThat(nameAlone.status()).isEqualTo(400);
    assertThat(nameAlone.json().path("detail").asText()).startsWith("Kolom \"kodePeserta\" wajib diisi dengan kode peserta");
    assertThat(otherLane.status()).isEqualTo(403);
    assertThat(committed("select count(*) from asiek_certificate where activity_number = ?", w.number())).isZero();
    assertThat(rest().get("pustakawan", path).json()).isEmpty();
  }

  // --- archive ---------------------------------------------------------------------------------------------------

  @Test
  void theArchivePackageVerifiesWithSha256sumIsWrittenOnceAndTheFixityJobFindsDamage() throws Exception {
    String activity = acceptedActivity();
    upload("dokumentasi", activity, "FOTO", "pembukaan.png", png(Color.ORANGE));
    upload("dokumentasi", activity, "VIDEO", "hari 1.mp4", video(300_000));
    rest().post("kadis", "/api/kegiatan/" + activity + "/lembar-disposisi", "{}");

    RestClient.Reply created = rest().post("pengembangan", "/api/kegiatan/" + activity + "/arsip", "{}");
    RestClient.Reply retried = rest().post("pengembangan", "/api/kegiatan/" + activity + "/arsip", "{}");
    JsonNode record = rest().get("kadis", "/api/arsip/" + activity).json();
    Path bag = Path.of(record.path("lokasi").asText());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(retried.json().path("dibuatPada").asText()).isEqualTo(created.json().path("dibuatPada").asText());
    assertThat(bag).isEqualTo(DATA.resolve("arsip").resolve(activity));
    try (Stream<Path> siblings = Files.list(bag.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly(activity);
    }
    assertThat(sha256sumCheck(bag, "manifest-sha256.txt")).contains("data/foto/01-pembukaan.png: OK", "data/video/01-hari-1.mp4: OK",
        "data/lembar-disposisi/01-lembar-disposisi-" + activity + ".pdf: OK");
    assertThat(sha256sumCheck(bag, "tagmanifest-sha256.txt")).contains("bag-info.txt: OK", "bagit.txt: OK", "manifest-sha256.txt: OK",
        "dokumen-kegiatan.tsv: OK");
    String info = Files.readString(bag.resolve("bag-info.txt"));
    assertThat(info).contains("Source-Organization: Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto", "External-Identifier: " + activity,
        "Nomor-Agenda-Surat: 045/123/416-117/2026", "Bagging-Date: 2026-12-07", "Retention-Period: ",
        "Payload-Oxum: " + payloadOxum(bag.resolve("data")));
    assertThat(record.path("payloadOxum").asText()).isEqualTo(payloadOxum(bag.resolve("data")));
    assertThat(record.path("manifest")).hasSize(3);
    assertThat(zipEntries(activity)).contains(activity + "/bagit.txt", activity + "/data/foto/01-pembukaan.png");
    assertThat(rest().get("dokumentasi", "/api/arsip/" + activity).status()).isEqualTo(403);
    assertThat(rest().post("pengembangan", "/api/kegiatan/ASIEK-1999-0001/arsip", "{}").status()).isEqualTo(404);
    assertThat(rest().get("pengembangan", "/api/kegiatan/ASIEK-1999-0001/laporan.pdf").status()).isEqualTo(404);
    assertThat(rest().post("pustakawan", "/api/kegiatan/ASIEK-1999-0001/sertifikat", Map.of("kodePeserta", "K7M-2QX")).status()).isEqualTo(404);
    assertThat(rest().get("pengembangan", "/api/kegiatan/ASIEK-1999-0001/dokumen").status()).isEqualTo(404);

    Object fixity = context.getBean("fixityCheck");
    var verifyAll = fixity.getClass().getDeclaredMethod("verifyAll");
    verifyAll.setAccessible(true);
    assertThat(verifyAll.invoke(fixity).toString()).doesNotContain(activity);
    Path photo = bag.resolve("data/foto/01-pembukaan.png");
    byte[] bytes = Files.readAllBytes(photo);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(photo, bytes);
    String brokenAfterFlip = verifyAll.invoke(fixity).toString();
    JsonNode afterFlip = rest().get("pengembangan", "/api/arsip/" + activity).json();
    Files.delete(bag.resolve("data/video/01-hari-1.mp4"));
    verifyAll.invoke(fixity);
    verifyAll.invoke(fixity);
    JsonNode afterDelete = rest().get("pengembangan", "/api/arsip/" + activity).json();

    assertThat(brokenAfterFlip).contains(activity);
    assertThat(committed("select count(*) from asiek_archive where activity_number = ? and intact = false", activity)).isEqualTo(1);
    assertThat(afterFlip.path("utuh").asBoolean()).isFalse();
    assertThat(afterFlip.path("masalah").toString()).contains("data/foto/01-pembukaan.png berubah");
    assertThat(afterDelete.path("masalah").toString()).contains("data/video/01-hari-1.mp4 hilang", "Payload-Oxum");
    assertThat(mail.getReceivedMessages()).filteredOn(m -> subject(m).contains("Arsip " + activity + " tidak utuh"))
        .as("one mail per distinct finding, none for a repeated one").hasSize(2);
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  /** A request letter recorded and accepted by the KADIS through the REST API; its activity number. */
  String acceptedActivity() {
    RecordedLetter letter = recordedLetter();
    String task = letter.dispositionTask();
    rest().post("kadis", "/engine-rest/task/" + task + "/claim", Map.of("userId", "kadis"));
    ClockUtil.setCurrentTime(TestData.date(TestData.MONDAY_0900.plusMinutes(20)));
    try {
      RestClient.Reply decided = rest().post("kadis", "/engine-rest/task/" + task + "/submit-form",
          RestApiIntegrationTestBase.variables(TestData.acceptedDisposition()));
      assertThat(decided.status()).as(decided.body()).isEqualTo(204);
    } finally {
      ClockUtil.setCurrentTime(TestData.date(TestData.MONDAY_0900));
    }
    return letter.activity();
  }

  /** The disposition form's activityDocuments field as the KADIS's Tasklist reads it. */
  String activityDocumentsField(String dispositionTask) {
    return rest().get("kadis", "/engine-rest/task/" + dispositionTask + "/form-variables").json().path("activityDocuments")
        .path("value").asText();
  }

  /** A request letter as the Agendaris Surat records it: its activity number and the KADIS's disposition task. */
  record RecordedLetter(String activity, String dispositionTask) {}

  RecordedLetter recordedLetter() {
    RestClient.Reply started = rest().post("agendaris", "/engine-rest/process-definition/key/pustaka-asiek/submit-form",
        RestApiIntegrationTestBase.variables(TestData.requestLetter(TestData.MONDAY_0900.toLocalDate())));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    String task = rest().get("kadis", "/engine-rest/task?processInstanceId=" + instance).json().get(0).path("id").asText();
    return new RecordedLetter(started.json().path("businessKey").asText(), task);
  }

  /**
   * An activity coordinated for 21 and 22 December, registered for on 7 December: Dewi came on the first day, Citra never.
   * The engine clock is left after the last session (22 December, 15.30); the next test starts on 7 December again.
   */
  record Workshop(String number, Participant dewi, Participant citra) {}

  Workshop workshopWithAttendance() {
    ProcessInstance instance = OpenRegistration.of(engine, 20, TestData.MONDAY_0900.toLocalDate(), FIRST_DAY);
    String token = OpenRegistration.token(registrationDesk, instance);
    Participant dewi = register(token, "Dewi Lestari", "081234567890");
    Participant citra = register(token, "Citra Ayu", "081333333333");
    ClockUtil.setCurrentTime(TestData.date(FIRST_DAY.atTime(7, 35).atZone(TestData.JAKARTA)));
    assertThat(attendance.checkIn(instance.getBusinessKey(), FIRST_DAY, dewi.code(), "dokumentasi")).isInstanceOf(CheckIn.CheckedIn.class);
    ClockUtil.setCurrentTime(TestData.date(FIRST_DAY.plusDays(1).atTime(15, 30).atZone(TestData.JAKARTA)));
    return new Workshop(instance.getBusinessKey(), dewi, citra);
  }

  Participant register(String token, String name, String phone) {
    String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@gmail.com";
    RegistrationOutcome outcome = registrationDesk.register(token,
        new RegistrationForm(name, "Dusun Sumber, Mojosari", phone, email, "SDN 1 Mojosari", true));
    return ((RegistrationOutcome.Registered) outcome).participant();
  }

  RestClient loggedIn(String user) {
    RestClient client = rest();
    client.webappLogin("tasklist", user, "demo");
    return client;
  }

  RestClient.Reply upload(String user, String activity, String kind, String name, byte[] content) {
    return rest().send(user, multipart(rest().to("/api/kegiatan/" + activity + "/dokumen"), kind, name, content));
  }

  static HttpRequest.Builder multipart(HttpRequest.Builder request, String kind, String name, byte[] content) {
    String boundary = "----asiek" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jenis\"\r\n\r\n" + kind + "\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  String createUpload(String user, String activity, String kind, String name, long length, String sha256) {
    String metadata = "jenis " + b64(kind) + ",filename " + b64(name) + ",sha256 " + b64(sha256);
    RestClient.Reply created = rest().send(user, rest().to("/api/kegiatan/" + activity + "/unggahan").header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", Long.toString(length)).header("Upload-Metadata", metadata).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.raw().headers().firstValue("Location").orElseThrow();
  }

  RestClient.Reply patch(String user, String upload, long offset, byte[] piece) {
    return rest().send(user, rest().to(upload).header("Tus-Resumable", "1.0.0").header("Upload-Offset", Long.toString(offset))
        .header("Content-Type", "application/offset+octet-stream").method("PATCH", HttpRequest.BodyPublishers.ofByteArray(piece)));
  }

  long offset(String user, String upload) {
    RestClient.Reply head = rest().send(user, rest().to(upload).header("Tus-Resumable", "1.0.0").method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(head.status()).isEqualTo(200);
    return Long.parseLong(head.raw().headers().firstValue("Upload-Offset").orElseThrow());
  }

  /** Sends the whole file's length but only its first {@code cut} bytes, then drops the connection, as a failing network does. */
  void patchAndHangUp(String upload, byte[] file, int cut) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("PATCH " + upload + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + RestClient.basic("dokumentasi")
          + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: "
          + file.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(file, 0, cut);
      out.flush();
      Thread.sleep(500);
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while (offset("dokumentasi", upload) < cut && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
  }

  /** Counted over a connection of its own, outside the pool: it sees only what was committed. */
  long committed(String sql, String parameter) throws Exception {
    String url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl();
    try (var connection = java.sql.DriverManager.getConnection(url, "sa", ""); var statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  long documents(String activity) {
    return jdbc.queryForObject("select count(*) from asiek_document where activity_number = ?", Long.class, activity);
  }

  long storedFiles() throws IOException {
    Path files = DATA.resolve("dokumen/berkas");
    if (!Files.exists(files)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(files)) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  long temporaryFiles() throws IOException {
    Path folder = DATA.resolve("dokumen/sementara");
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> all = Files.list(folder)) {
      return all.count();
    }
  }

  static String sha256sumCheck(Path bag, String manifest) throws Exception {
    Process process = new ProcessBuilder("sha256sum", "-c", manifest).directory(bag.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  static String payloadOxum(Path data) throws IOException {
    try (Stream<Path> files = Files.walk(data)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      long octets = 0;
      for (Path file : all) {
        octets += Files.size(file);
      }
      return octets + "." + all.size();
    }
  }

  List<String> zipEntries(String activity) throws IOException {
    HttpResponse<byte[]> zip = rest().bytes("kadis", rest().to("/api/arsip/" + activity + ".zip").GET());
    assertThat(zip.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** The PDF's text, after keeping the PDF in target/pdf/ for a person to look at. */
  static String text(byte[] pdf, String keepAs) throws IOException {
    Files.createDirectories(PDF_OUT);
    Files.write(PDF_OUT.resolve(keepAs), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static boolean pdfA(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var metadata = document.getDocumentCatalog().getMetadata();
      String xmp = metadata == null ? "" : new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      return xmp.contains("pdfaid:part") && document.getDocumentCatalog().getOutputIntents().size() == 1;
    }
  }

  /** The text of the QR code on the PDF's first page, read from the rendered page as a phone would. */
  static String qrCode(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      var source = new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
      return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
          new com.google.zxing.common.HybridBinarizer(source))).getText();
    }
  }

  static byte[] png(Color color) throws IOException {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 800, 600);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(250, 150, 300, 300);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** An MP4 as far as its first bytes tell (ftyp box), then noise. */
  static byte[] video(int length) {
    byte[] video = new byte[length];
    new Random(length).nextBytes(video);
    byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
    System.arraycopy(ftyp, 0, video, 0, ftyp.length);
    return video;
  }

  static byte[] minimalPdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }

  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
