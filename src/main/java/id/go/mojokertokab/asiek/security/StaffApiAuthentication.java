package id.go.mojokertokab.asiek.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;

/**
 * /api requires HTTP Basic against Camunda's users, and membership of a lane group or camunda-admin. Calendar feeds
 * (*.ics) may instead carry their unguessable token, which the feed itself checks, so calendar clients can subscribe.
 */
class StaffApiAuthentication extends HttpFilter {

  private final IdentityService identityService;

  StaffApiAuthentication(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    if (header == null && request.getRequestURI().endsWith(".ics") && request.getParameter("token") != null) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = basic(header);
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Pustaka ASIEK\", charset=\"UTF-8\"");
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Masuk dengan nama pengguna dan kata sandi Camunda.");
      return;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(credentials[0]).list().stream().map(Group::getId).toList();
    boolean staff = groups.contains(Groups.CAMUNDA_ADMIN) || Lanes.ALL.stream().anyMatch(lane -> groups.contains(lane.groupId()));
    if (!staff) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Hanya staf dinas yang dapat memakai API ini.");
      return;
    }
    request.setAttribute(StaffUser.ATTRIBUTE, new StaffUser(credentials[0], groups));
    chain.doFilter(request, response);
  }

  private static String[] basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"pesan\":\"" + message.replace("\"", "\\\"") + "\"}");
  }
}
