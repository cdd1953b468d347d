package id.go.mojokertokab.asiek.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Lets a signed-in staff member who is not an administrator reach only the engine REST calls of
 * {@link EngineApiRoutes}, through /engine-rest (after Camunda's HTTP Basic filter has signed them in) and through the
 * webapps' /camunda/api/engine (signed in by the webapp session). Unauthenticated requests pass on to Camunda, which
 * answers 401; administrators pass unchanged.
 */
class EngineApiGate extends HttpFilter {

  private static final PathPattern WEBAPP_ENGINE_API = new PathPatternParser().parse("/camunda/api/engine/engine/{engine}/{*rest}");

  private final IdentityService identityService;
  private final ObjectMapper json;

  EngineApiGate(IdentityService identityService, ObjectMapper json) {
    this.identityService = identityService;
    this.json = json;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RequestPath parsed = RequestPath.parse(request.getRequestURI(), request.getContextPath());
    PathContainer path = parsed.pathWithinApplication();
    Optional<List<String>> groups = callerGroups(request, path);
    if (groups.isEmpty() || groups.get().contains(Groups.CAMUNDA_ADMIN) || allowed(request.getMethod(), path, groups.get())) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    Map<String, String> error = new LinkedHashMap<>();
    error.put("type", "AuthorizationException");
    error.put("message", "Permintaan ini tidak tersedia bagi staf lajur; hanya administrator yang dapat melakukannya.");
    json.writeValue(response.getOutputStream(), error);
  }

  static boolean allowed(String method, PathContainer path, List<String> groups) {
    HttpMethod httpMethod = HttpMethod.valueOf(method);
    if (EngineApiRoutes.TASKLIST.stream().anyMatch(route -> route.matches(httpMethod, path))) {
      return true;
    }
    if (groups.contains(Deployers.GROUP) && EngineApiRoutes.DEPLOYER.stream().anyMatch(route -> route.matches(httpMethod, path))) {
      return true;
    }
    return groups.stream().anyMatch(Lanes.COCKPIT_READERS::contains)
        && EngineApiRoutes.COCKPIT.stream().anyMatch(route -> route.matches(httpMethod, path));
  }

  /** Who is asking: the HTTP Basic user of /engine-rest, or the webapp session's user of the engine named in the path. */
  private Optional<List<String>> callerGroups(HttpServletRequest request, PathContainer path) {
    Authentication rest = identityService.getCurrentAuthentication();
    if (rest != null && rest.getUserId() != null) {
      return Optional.of(rest.getGroupIds() == null ? List.of() : rest.getGroupIds());
    }
    HttpSession session = request.getSession(false);
    PathPattern.PathMatchInfo webapp = WEBAPP_ENGINE_API.matchAndExtract(path);
    if (session == null || webapp == null) {
      return Optional.empty();
    }
    // the decoded engine name, as Camunda's webapp resolves it
    String engine = webapp.getUriVariables().get("engine");
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return Optional.empty();
    }
    var user = authentications.getAuthenticationForProcessEngine(engine);
    return user instanceof UserAuthentication signedIn ? Optional.of(signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds())
        : Optional.empty();
  }
}
