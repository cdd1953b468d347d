package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Our staff pages reuse the Camunda webapps' login: a Tasklist session opens them, its logout closes them, nothing
 * else does, and a form that changes something needs the page's own CSRF token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffPagesIntegrationTest {

  @LocalServerPort int port;

  @Test
  void withoutATasklistSessionThePageAsksToSignInAndStartsNoSession() {
    RestClient anonymous = new RestClient(port);
    RestClient.Reply page = anonymous.get(null, "/staf");
    RestClient.Reply withBasic = anonymous.get("kadis", "/staf");

    assertThat(page.status()).isEqualTo(401);
    assertThat(page.body()).contains("Silakan masuk", "/camunda/app/tasklist/default/");
    assertThat(page.raw().headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    assertThat(withBasic.status()).as("staff pages take the Tasklist login, not HTTP Basic").isEqualTo(401);
  }

  @Test
  void aTasklistSessionOpensThePagesWithTheUsersLanesAndItsLogoutClosesThem() {
    RestClient kadis = new RestClient(port);
    assertThat(kadis.webappLogin("tasklist", "kadis", "demo")).isEqualTo(200);
    RestClient kebersihan = new RestClient(port);
    kebersihan.webappLogin("tasklist", "kebersihan", "demo");

    RestClient.Reply home = kadis.get(null, "/staf");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Selamat bekerja", "kadis", "KADIS", "/camunda/app/cockpit/default/");
    assertThat(kebersihan.get(null, "/staf").body()).contains("Staf Kebersihan").doesNotContain("/camunda/app/cockpit/");

    kadis.webapp("POST", "/camunda/api/admin/auth/user/default/logout", null);
    assertThat(kadis.get(null, "/staf").status()).isEqualTo(401);
  }

  @Test
  void aChangeWithoutThePagesCsrfTokenIsRefusedWithoutSigningOut() {
    RestClient kadis = new RestClient(port);
    kadis.webappLogin("tasklist", "kadis", "demo");

    RestClient.Reply forged = kadis.post(null, "/staf", "{}");

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("kedaluwarsa");
    assertThat(kadis.get(null, "/staf").status()).as("still signed in to Tasklist and our pages").isEqualTo(200);
    assertThat(kadis.webapp("GET", "/camunda/api/engine/engine/default/task/count", null).status()).isEqualTo(200);
  }
}
