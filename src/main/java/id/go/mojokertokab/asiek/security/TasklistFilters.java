package id.go.mojokertokab.asiek.security;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.security.Lanes.Lane;
import id.go.mojokertokab.asiek.sop.EscalationProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, created once and then left to the administrator: one per lane for its members, "Tugas saya"
 * for everyone, and for each supervisor group one with the tasks of the lanes it supervises (where it moves due dates).
 */
@Component
record TasklistFilters(EscalationProperties escalation) {

  static final String MY_TASKS = "Tugas saya";
  static final String SUPERVISED_PREFIX = "Pengawasan ";



  void create(ProcessEngine engine) {
    FilterService filters = engine.getFilterService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    int priority = 0;
    for (Lane lane : Lanes.ALL) {
      Filter laneFilter = filter(filters, lane.filterName(),
          () -> engine.getTaskService().createTaskQuery().taskCandidateGroup(lane.groupId()).includeAssignedTasks(),
          "Tugas lajur " + lane.name() + " dalam SOP Pustaka ASIEK", priority++, lane.colour());
      IdentitySetup.grant(authorizations, lane.groupId(), Resources.FILTER, laneFilter.getId(), Permissions.READ);
    }
    Filter mine = filter(filters, MY_TASKS,
        () -> engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        "Tugas yang sedang saya kerjakan", priority++, "#555555");
    for (Lane lane : Lanes.ALL) {
      IdentitySetup.grant(authorizations, lane.groupId(), Resources.FILTER, mine.getId(), Permissions.READ);
    }
    for (Map.Entry<String, List<String>> supervised : supervisedLanes().entrySet()) {
      String supervisor = supervised.getKey();
      Filter filter = filter(filters, SUPERVISED_PREFIX + Lanes.name(supervisor),
          () -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(supervised.getValue()).includeAssignedTasks(),
          "Tugas lajur yang diawasi " + Lanes.name(supervisor) + ": " + String.join(", ", supervised.getValue().stream().map(Lanes::name).toList())
              + ". Di sini tenggat dapat diubah.", priority++, "#333333");
      IdentitySetup.grant(authorizations, supervisor, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  /** Supervisor group → the lanes it supervises, from asiek.escalation.supervisors. */
  private Map<String, List<String>> supervisedLanes() {
    Map<String, TreeSet<String>> lanes = new TreeMap<>();
    for (Lane lane : Lanes.ALL) {
      String supervisor = escalation.supervisorOf(lane.groupId());
      if (supervisor != null) {
        lanes.computeIfAbsent(supervisor, s -> new TreeSet<>()).add(lane.groupId());
      }
    }
    Map<String, List<String>> result = new TreeMap<>();
    lanes.forEach((supervisor, supervised) -> result.put(supervisor, List.copyOf(supervised)));
    return result;
  }

  private static Filter filter(FilterService filters, String name, Supplier<TaskQuery> query, String description, int priority,
      String colour) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Map<String, Object> props = new HashMap<>();
    props.put("description", description);
    props.put("priority", priority);
    props.put("color", colour);
    props.put("refresh", true);
    props.put("variables", List.of(
        Map.of("name", Vars.ACTIVITY_NUMBER.name(), "label", "Nomor kegiatan"),
        Map.of("name", Vars.INSTITUTION_NAME.name(), "label", "Lembaga pemohon")));
    TaskQueryImpl taskQuery = (TaskQueryImpl) query.get();
    return filters.saveFilter(filters.newTaskFilter(name).setOwner(null).setQuery(taskQuery).setProperties(props));
  }
}
