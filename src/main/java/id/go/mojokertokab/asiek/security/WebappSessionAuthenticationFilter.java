package id.go.mojokertokab.asiek.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff pages reuse the Camunda webapps' login: whoever is signed in to Tasklist (or Cockpit) on the default engine is
 * signed in here, with their Camunda groups, and signed out the moment Tasklist signs them out. Reads the session
 * without ever creating one, and keeps nothing of its own in it. The session attribute is Camunda's internal API;
 * StaffPagesIntegrationTest pins it.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  static final String ENGINE = "default";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
      StaffUser staff = new StaffUser(user.getIdentityId(), groups);
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
          groups.stream().map(SimpleGrantedAuthority::new).toList()));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
