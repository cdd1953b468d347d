package id.go.mojokertokab.asiek.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The calls of Camunda's engine REST API that staff who are not administrators make: what Tasklist needs for every
 * lane, and the read-only calls of Cockpit for the supervisors who may open it. Everything else (executing or retrying
 * jobs, deployments, variables written outside a form, modifications, batches...) is refused before the engine sees
 * it, so a refusal costs nothing: not even a job's retry. Paths are relative to an engine ("/task/{id}/claim") and
 * matched on the parsed path, reached through /engine-rest, /engine-rest/engine/{name} or the webapps'
 * /camunda/api/engine/engine/{name}.
 */
final class EngineApiRoutes {

  private static final PathPatternParser PARSER = new PathPatternParser();
  private static final List<String> ENGINE_PREFIXES = List.of("/engine-rest", "/engine-rest/engine/{engine}", "/camunda/api/engine/engine/{engine}");
  private static final List<String> ENGINE_LISTS = List.of("/engine-rest/engine", "/camunda/api/engine/engine");

  static {
    PARSER.setMatchOptionalTrailingSeparator(true);
  }

  record Route(Set<HttpMethod> methods, List<PathPattern> patterns) {

    boolean matches(HttpMethod method, PathContainer path) {
      return methods.contains(method) && patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }
  }

  private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final Set<HttpMethod> QUERY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST);

  /** Tasklist, for every lane. */
  static final List<Route> TASKLIST = List.of(
      engineList(),
      route(QUERY, "/task", "/task/count"),
      route(READ, "/task/{id}", "/task/{id}/form", "/task/{id}/form-variables", "/task/{id}/deployed-form",
          "/task/{id}/rendered-form", "/task/{id}/comment", "/task/{id}/comment/{commentId}", "/task/{id}/identity-links"),
      route(Set.of(HttpMethod.POST), "/task/{id}/submit-form", "/task/{id}/claim", "/task/{id}/unclaim",
          "/task/{id}/assignee", "/task/{id}/comment/create"),
      // due date and follow-up date; EngineCommandPolicy decides who may change which
      route(Set.of(HttpMethod.PUT), "/task/{id}"),
      route(READ, "/filter", "/filter/count", "/filter/{id}"),
      route(QUERY, "/filter/{id}/list", "/filter/{id}/count", "/filter/{id}/singleResult"),
      route(READ, "/process-definition", "/process-definition/count", "/process-definition/{id}",
          "/process-definition/{id}/startForm", "/process-definition/{id}/deployed-start-form",
          "/process-definition/{id}/form-variables", "/process-definition/{id}/rendered-form", "/process-definition/{id}/xml",
          "/process-definition/key/{key}", "/process-definition/key/{key}/startForm",
          "/process-definition/key/{key}/deployed-start-form", "/process-definition/key/{key}/form-variables",
          "/process-definition/key/{key}/rendered-form", "/process-definition/key/{key}/xml"),
      route(Set.of(HttpMethod.POST), "/process-definition/{id}/submit-form", "/process-definition/key/{key}/submit-form"),
      route(READ, "/user", "/user/count", "/user/{id}/profile", "/group", "/group/count", "/identity/groups",
          "/identity/password-policy", "/authorization/check", "/history/user-operation", "/history/user-operation/count",
          "/version"),
      // the Welcome app: one's own profile and password (Camunda grants each user their own user resource only)
      route(Set.of(HttpMethod.PUT), "/user/{id}/profile", "/user/{id}/credentials"));

  /** Cockpit reads, for the lanes that may open it: any read, and the queries Cockpit sends as POST. */
  static final List<Route> COCKPIT = List.of(
      route(READ, "/{*anything}"),
      route(Set.of(HttpMethod.POST), "/process-instance", "/process-instance/count", "/execution", "/execution/count",
          "/variable-instance", "/variable-instance/count", "/job", "/job/count", "/external-task", "/external-task/count",
          "/history/{resource}", "/history/{resource}/count", "/history/{resource}/{subresource}/count"));

  /**
   * Camunda Modeler's deployment, for the Perancang Proses group: the connection check (GET /deployment?maxResults=0),
   * the deployment itself, and reading what was deployed. Starting an instance from Modeler stays refused.
   */
  static final List<Route> DEPLOYER = List.of(
      route(Set.of(HttpMethod.POST), "/deployment/create"),
      route(READ, "/deployment", "/deployment/count", "/deployment/{id}", "/deployment/{id}/resources"));

  private EngineApiRoutes() {}

  private static Route engineList() {
    List<PathPattern> patterns = ENGINE_LISTS.stream().map(PARSER::parse).toList();
    return new Route(READ, patterns);
  }

  private static Route route(Set<HttpMethod> methods, String... paths) {
    List<PathPattern> patterns = new ArrayList<>();
    for (String prefix : ENGINE_PREFIXES) {
      for (String path : paths) {
        patterns.add(PARSER.parse(prefix + path));
      }
    }
    return new Route(methods, patterns);
  }
}
