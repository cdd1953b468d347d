package id.go.mojokertokab.asiek.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;

/**
 * Refuses the Admin app's first-run setup endpoint (it creates an administrator without logging in) whenever any user
 * exists. Camunda's own check looks only at members of camunda-admin; an advisory against 7.24.0 bypasses it.
 */
class SetupEndpointGuard extends HttpFilter {

  private final IdentityService identityService;

  SetupEndpointGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (identityService.createUserQuery().count() > 0) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Setup awal tidak tersedia: pengguna sudah ada.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
