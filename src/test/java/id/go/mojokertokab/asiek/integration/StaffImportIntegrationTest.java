package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator imports the office's staff from a CSV file on /staf/admin/impor-staf: new members get their lane
 * and an initial password shown once, with which they sign in; a file with mistakes changes nothing and names every
 * mistake with its line; lanes cannot import staff; the administrator has a mail address.
 */
// its own application: the users it imports stay out of the context other classes share
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=pustaka-asiek-staff-import")
@ActiveProfiles("test")
@DirtiesContext
class StaffImportIntegrationTest {

  static final String PAGE = "/staf/admin/impor-staf";
  static final Pattern ACTION = Pattern.compile("action=\"(/staf/admin/impor-staf\\?_csrf=[^\"]+)\"");
  static final Pattern PASSWORD = Pattern.compile("<code>([A-Za-z0-9]{14})</code>");

  @LocalServerPort int port;

  @Test
  void theAdministratorImportsStaffWhoThenSignInToTheirLanes() {
    RestClient admin = signedInAdmin();
    String csv = """
        id;nama;email;lajur
        sri.wahyuni;Sri Wahyuni;sri.wahyuni@dispusip.test;agendaris-surat
        budi.santoso;Budi Santoso;budi.santoso@dispusip.test;Kasubag Umum|perancang-proses
        kadis;Kepala Dinas;kepala@dispusip.test;KADIS
        """;

    RestClient.Reply imported = post(admin, Map.of(), Map.of("berkas", csv.getBytes(StandardCharsets.UTF_8)));

    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.body()).contains("Hasil impor", "sri.wahyuni", "Kasubag Umum, Perancang Proses", "dibuat", "diperbarui");
    Matcher passwords = PASSWORD.matcher(imported.body());
    assertThat(passwords.find()).isTrue();
    String sriPassword = passwords.group(1);
    RestClient sri = new RestClient(port);
    assertThat(sri.webappLogin("tasklist", "sri.wahyuni", sriPassword)).isEqualTo(200);
    JsonNode groups = admin.get("admin", "/engine-rest/group?member=budi.santoso").json();
    assertThat(groups.findValuesAsText("id")).containsExactlyInAnyOrder("kasubag-umum", "perancang-proses");
    assertThat(admin.get("admin", "/engine-rest/user/kadis/profile").json().path("email").asText()).isEqualTo("kepala@dispusip.test");
    assertThat(admin.get("admin", "/engine-rest/user/budi.santoso/profile").json().path("lastName").asText()).isEqualTo("Santoso");
    assertThat(admin.get("admin", "/engine-rest/user/admin/profile").json().path("email").asText()).as("ASIEK_ADMIN_EMAIL")
        .isEqualTo("admin@dispusip.test");

    RestClient.Reply again = post(admin, csv);
    assertThat(again.body()).as("importing twice changes nothing and shows no password").contains("tanpa perubahan");
    assertThat(PASSWORD.matcher(again.body()).find()).isFalse();
  }

  @Test
  void aFileWithMistakesChangesNothingAndNamesEachMistakeWithItsLine() {
    RestClient admin = signedInAdmin();

    RestClient.Reply refused = post(admin, """
        id,nama,email,lajur
        rina,Rina Marlina,rina@dispusip.test,staf-kebersihan
        joko widodo,Joko,joko@,camunda-admin
        rina,Rina Lagi,rina2@dispusip.test,kadis
        """);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().replace("&quot;", "\"")).contains("Tidak ada yang diimpor.",
        "Baris 3: id \"joko widodo\" hanya boleh huruf, angka dan . _ - di antaranya",
        "Baris 3: alamat e-mail \"joko@\" tidak valid.", "Baris 3: lajur \"camunda-admin\" tidak dikenal",
        "Baris 4: id \"rina\" sudah ada di baris sebelumnya.");
    assertThat(admin.get("admin", "/engine-rest/user?id=rina").json()).isEmpty();

    byte[] huge = ("id,nama,email,lajur\n" + "rina,Rina Marlina,rina@dispusip.test,staf-kebersihan\n".repeat(25_000)).getBytes(StandardCharsets.UTF_8);
    RestClient.Reply tooLarge = post(admin, Map.of(), Map.of("berkas", huge));
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("Tidak ada yang diimpor.", "Berkas CSV lebih besar dari 1024 KB");
    assertThat(admin.get("admin", "/engine-rest/user?id=rina").json()).isEmpty();
  }

  @Test
  void lanesCannotImportStaffAndAFormWithoutTheTokenIsRefused() {
    RestClient kasubag = new RestClient(port);
    kasubag.webappLogin("tasklist", "kasubag", "demo");
    assertThat(kasubag.get(null, PAGE).status()).isEqualTo(403);

    RestClient admin = signedInAdmin();
    RestClient.Reply forged = admin.postMultipart(null, PAGE, Map.of("isi", "id,nama,email,lajur\nx,X Y,x@y.id,kadis"), Map.of());
    assertThat(forged.status()).isEqualTo(403);
    assertThat(admin.get("admin", "/engine-rest/user?id=x").json()).isEmpty();
  }

  private RestClient signedInAdmin() {
    RestClient admin = new RestClient(port);
    assertThat(admin.webappLogin("admin", "admin", RestApiIntegrationTestBase.ADMIN_PASSWORD)).isEqualTo(200);
    return admin;
  }

  private static RestClient.Reply post(RestClient admin, String csv) {
    return post(admin, Map.of("isi", csv), Map.of());
  }

  /** Posts the form as a browser does: to its action, which carries the CSRF token (the body is read after Spring Security). */
  private static RestClient.Reply post(RestClient admin, Map<String, String> fields, Map<String, byte[]> files) {
    RestClient.Reply form = admin.get(null, PAGE);
    assertThat(form.status()).isEqualTo(200);
    Matcher action = ACTION.matcher(form.body());
    assertThat(action.find()).as("the form carries its CSRF token in its action").isTrue();
    return admin.postMultipart(null, action.group(1).replace("&amp;", "&"), fields, files);
  }

}
