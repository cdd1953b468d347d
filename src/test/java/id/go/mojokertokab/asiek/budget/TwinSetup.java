package id.go.mojokertokab.asiek.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the bare engine what the application's start-up gives ours, through the REST API as the administrator: the
 * shape twin deployed, the same users in the same lane groups, authorization on. Without candidate groups in the twin,
 * each lane reads and works tasks by a global grant instead of one per task.
 */
final class TwinSetup {

  /** user → lane group, the users the accepted path needs. */
  static final Map<String, String> LANES = new LinkedHashMap<>();

  static {
    LANES.put("agendaris", "agendaris-surat");
    LANES.put("kadis", "kadis");
    LANES.put("analis", "analis-kerjasama");
    LANES.put("kasubag", "kasubag-umum");
    LANES.put("kebersihan", "staf-kebersihan");
    LANES.put("narasumber", "narasumber");
  }

  private static final int PROCESS_DEFINITION = 6;
  private static final int TASK = 7;
  private static final int PROCESS_INSTANCE = 8;

  private TwinSetup() {}

  /**
   * How the twin server is started besides its database: without our application.yaml, authorization on, the same
   * administrator, its process deployed by {@link #apply} rather than from the classpath, our identifier patterns.
   */
  static List<String> serverArguments(String adminPassword) {
    return List.of("--spring.config.name=twin", "--camunda.bpm.authorization.enabled=true", "--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=" + adminPassword, "--camunda.bpm.auto-deployment-enabled=false",
        // our group ids have hyphens (agendaris-surat): the same identifier patterns as application.yaml
        "--camunda.bpm.generic-properties.properties.group-resource-whitelist-pattern=[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*",
        "--camunda.bpm.generic-properties.properties.user-resource-whitelist-pattern=[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*",
        "--logging.level.root=WARN", "--logging.level.id.go.mojokertokab.asiek=INFO");
  }

  static void apply(RestDriver rest, byte[] twinDiagram) {
    RestDriver.expect(200, rest.postMultipart("admin", "/deployment/create",
        Map.of("deployment-name", "pustaka-asiek", "deployment-source", "budget"), "pustaka-asiek.bpmn", twinDiagram));
    LANES.forEach((user, group) -> {
      RestDriver.expect(204, rest.post("admin", "/group/create", Map.of("id", group, "name", group, "type", "WORKFLOW")));
      RestDriver.expect(204, rest.post("admin", "/user/create", Map.of(
          "profile", Map.of("id", user, "firstName", user, "lastName", "Demo", "email", user + "@pustaka-asiek.test"),
          "credentials", Map.of("password", "demo"))));
      RestDriver.expect(204, rest.put("admin", "/group/" + group + "/members/" + user));
      grant(rest, group, PROCESS_DEFINITION, "pustaka-asiek", "agendaris".equals(user) ? List.of("READ", "CREATE_INSTANCE") : List.of("READ"));
      grant(rest, group, TASK, "*", List.of("READ", "TASK_WORK"));
    });
    grant(rest, "agendaris-surat", PROCESS_INSTANCE, "*", List.of("CREATE"));
  }

  private static void grant(RestDriver rest, String group, int resourceType, String resourceId, List<String> permissions) {
    RestDriver.expect(200, rest.post("admin", "/authorization/create", Map.of("type", 1, "permissions", permissions, "groupId", group,
        "resourceType", resourceType, "resourceId", resourceId)));
  }
}
