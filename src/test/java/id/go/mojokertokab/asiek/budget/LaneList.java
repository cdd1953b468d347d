package id.go.mojokertokab.asiek.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mojokertokab.asiek.integration.RestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Tasklist asks when a lane's user opens it: of the filters the user may read it focuses the one with the lowest
 * priority (the lane's own) and lists its first page, newest first, as HAL: the tasks with the filter's variables
 * (activity number, institution), candidate groups, assignees and process definitions embedded, and the total count.
 * Sent as Tasklist sends it (the webapps' engine API, the session of a Tasklist login, the CSRF header) and the same
 * through /engine-rest with HTTP Basic.
 */
final class LaneList {

  /** What Tasklist's client (camunda-bpm-sdk-js) asks for on every call. */
  static final String HAL = "application/hal+json, application/json; q=0.5";
  /** Tasklist's taskListQuery without a search (cam-tasklist-view-ctrl.js): page 1, 15 tasks, newest first. */
  static final Map<String, Object> QUERY = Map.of("processVariables", List.of(), "taskVariables", List.of(),
      "caseInstanceVariables", List.of(), "firstResult", 0, "maxResults", 15,
      "sorting", List.of(Map.of("sortOrder", "desc", "sortBy", "created")), "active", true);

  final String user;
  final String filterName;
  private final String path;
  private final RestDriver rest;
  private final RestClient tasklist;

  private LaneList(String user, JsonNode filter, RestDriver rest, RestClient tasklist) {
    this.user = user;
    this.filterName = filter.path("name").asText();
    this.path = "/filter/" + filter.path("id").asText() + "/list?firstResult=0&maxResults=15";
    this.rest = rest;
    this.tasklist = tasklist;
  }

  /** Signs {@code user} in to Tasklist (password "demo") and finds the filter Tasklist opens for them. */
  static LaneList open(int port, RestDriver rest, String user) {
    JsonNode focused = null;
    for (JsonNode filter : RestDriver.expect(200, rest.get(user, "/filter?resourceType=Task&itemCount=false"))) {
      if (focused == null || filter.path("properties").path("priority").asInt() < focused.path("properties").path("priority").asInt()) {
        focused = filter;
      }
    }
    if (focused == null) {
      throw new IllegalStateException(user + " reads no Tasklist filter");
    }
    RestClient tasklist = new RestClient(port);
    int login = tasklist.webappLogin("tasklist", user, "demo");
    if (login != 200) {
      throw new IllegalStateException("Tasklist login of " + user + ": " + login);
    }
    return new LaneList(user, focused, rest, tasklist);
  }

  /** One call as Tasklist makes it; its wall time in ms. */
  double viaTasklist() {
    long started = System.nanoTime();
    RestClient.Reply reply = tasklist.webapp("POST", "/camunda/api/engine/engine/default" + path, QUERY, HAL);
    double millis = (System.nanoTime() - started) / 1e6;
    if (reply.status() != 200) {
      throw new IllegalStateException("Tasklist's list: " + reply.status() + " " + reply.body());
    }
    return millis;
  }

  /** The same call through /engine-rest with HTTP Basic; its wall time in ms. */
  double viaEngineRest() {
    long started = System.nanoTime();
    RestDriver.Reply reply = rest.post(user, path, QUERY, HAL);
    double millis = (System.nanoTime() - started) / 1e6;
    RestDriver.expect(200, reply);
    return millis;
  }

  /** The page Tasklist shows: the count it prints and, per task, the names of the variables it shows. */
  Page page() {
    JsonNode hal = tasklist.webapp("POST", "/camunda/api/engine/engine/default" + path, QUERY, HAL).json();
    List<List<String>> variables = new ArrayList<>();
    for (JsonNode task : hal.path("_embedded").path("task")) {
      variables.add(task.path("_embedded").path("variable").findValuesAsText("name"));
    }
    return new Page(hal.path("count").asLong(), variables);
  }

  record Page(long count, List<List<String>> variablesPerTask) {}
}
