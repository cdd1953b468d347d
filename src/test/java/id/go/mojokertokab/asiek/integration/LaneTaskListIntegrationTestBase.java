package id.go.mojokertokab.asiek.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.security.Lanes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sees which task in the engine's task query, with a lane holding ten thousand open tasks (issue 13). The rows are
 * written as the engine writes them for a candidate group (the task, its candidate link, the lane's READ + TASK_WORK
 * authorization on the task and READ on its history), because starting 10,000 instances takes minutes. Subclasses run
 * it on H2 (the engine's own join) and on PostgreSQL (the check of our Task.xml): both must answer the same.
 */
abstract class LaneTaskListIntegrationTestBase {

  static final int ANALIS_TASKS = 10_000;
  static final int PUSTAKAWAN_TASKS = 40;
  static final int UNREADABLE_TASKS = 5;
  /** A group whose task authorizations lack READ: TASK_WORK alone shows no task. */
  static final String WORK_ONLY = "uji-tanpa-baca";
  /** A group with READ_TASK on the process definition only. */
  static final String DEFINITION_READER = "uji-baca-definisi";

  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  final Set<String> analisTasks = new HashSet<>();
  final Set<String> pustakawanTasks = new HashSet<>();

  @BeforeEach
  void tenThousandOpenTasksInOneLane() {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY)
        .latestVersion().singleResult().getId();
    analisTasks.addAll(insertTasks("analis", Lanes.ANALIS_KERJASAMA, ANALIS_TASKS, 16386, definition));
    pustakawanTasks.addAll(insertTasks("pustakawan", Lanes.JF_PUSTAKAWAN, PUSTAKAWAN_TASKS, 16386, definition));
    insertTasks("tanpa-baca", WORK_ONLY, UNREADABLE_TASKS, TaskPermissions.TASK_WORK.getValue(), definition);
    analyze();
  }

  @AfterEach
  void removeTheTasks() {
    identityService.clearAuthentication();
    jdbc.update("delete from ACT_RU_VARIABLE where NAME_ = 'nomorUji'");
    jdbc.update("delete from ACT_RU_AUTHORIZATION where ID_ like 'uji-%'");
    jdbc.update("delete from ACT_RU_IDENTITYLINK where ID_ like 'uji-%'");
    jdbc.update("delete from ACT_RU_TASK where ID_ like 'uji-%'");
  }

  /** The database's statistics after the bulk insert, as its autovacuum would have them; nothing on H2. */
  void analyze() {}

  @Test
  void aLaneSeesExactlyItsOwnTasks() {
    assertThat(count("analis", Lanes.ANALIS_KERJASAMA)).isEqualTo(ANALIS_TASKS);
    assertThat(listed("analis", Lanes.ANALIS_KERJASAMA)).isEqualTo(analisTasks);
    assertThat(listed("pustakawan", Lanes.JF_PUSTAKAWAN)).isEqualTo(pustakawanTasks);
    assertThat(count("kebersihan", Lanes.STAF_KEBERSIHAN)).isZero();
    assertThat(count("uji", WORK_ONLY)).isZero();
    assertThat(count("tanpa-lane", null)).isZero();
  }

  @Test
  void grantsOnEveryTaskOrOnTheProcessDefinitionStillReachEveryTask() {
    long all = ANALIS_TASKS + PUSTAKAWAN_TASKS + UNREADABLE_TASKS;
    // KADIS reads every task for Cockpit (TASK "*" READ, IdentitySetup)
    assertThat(count("kadis", Lanes.KADIS)).isEqualTo(all);
    Authorization readTask = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    readTask.setGroupId(DEFINITION_READER);
    readTask.setResource(Resources.PROCESS_DEFINITION);
    readTask.setResourceId(PustakaAsiekProcess.KEY);
    readTask.addPermission(ProcessDefinitionPermissions.READ_TASK);
    authorizationService.saveAuthorization(readTask);
    try {
      assertThat(count("uji", DEFINITION_READER)).isEqualTo(all);
    } finally {
      authorizationService.deleteAuthorization(readTask.getId());
    }
  }

  @Test
  void aLaneReadsTheVariablesOfItsOwnTasksOnly() {
    taskService.setVariableLocal("uji-analis-7", "nomorUji", "A-7");
    taskService.setVariableLocal("uji-pustakawan-3", "nomorUji", "P-3");

    assertThat(variables("analis", Lanes.ANALIS_KERJASAMA)).containsExactly("A-7");
    assertThat(variables("pustakawan", Lanes.JF_PUSTAKAWAN)).containsExactly("P-3");
    assertThat(variables("kebersihan", Lanes.STAF_KEBERSIHAN)).isEmpty();
    assertThat(variables("kadis", Lanes.KADIS)).containsExactlyInAnyOrder("A-7", "P-3");
  }

  List<Object> variables(String user, String group) {
    return as(user, group, () -> runtimeService.createVariableInstanceQuery().variableName("nomorUji").list())
        .stream().map(VariableInstance::getValue).toList();
  }

  /** Every open task the user may read (no filter but the engine's authorization check). */
  long count(String user, String group) {
    return as(user, group, () -> taskService.createTaskQuery().active().count());
  }

  Set<String> listed(String user, String group) {
    List<Task> tasks = as(user, group, () -> taskService.createTaskQuery().active().orderByTaskCreateTime().desc().list());
    Set<String> ids = new HashSet<>();
    tasks.forEach(task -> ids.add(task.getId()));
    assertThat(ids).as("distinct tasks").hasSize(tasks.size());
    return ids;
  }

  <T> T as(String user, String group, Supplier<T> query) {
    identityService.setAuthentication(user, group == null ? List.of() : List.of(group));
    try {
      return query.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> insertTasks(String prefix, String group, int count, int taskPermissions, String definition) {
    List<String> ids = new ArrayList<>();
    List<Object[]> tasks = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    List<Object[]> authorizations = new ArrayList<>();
    Instant created = Instant.parse("2026-11-02T01:00:00Z");
    for (int i = 0; i < count; i++) {
      String id = "uji-" + prefix + "-" + i;
      ids.add(id);
      tasks.add(new Object[] {id, definition, Timestamp.from(created.plusSeconds(i))});
      links.add(new Object[] {"uji-il-" + id, group, id});
      authorizations.add(new Object[] {"uji-at-" + id, group, Resources.TASK.resourceType(), id, taskPermissions});
      authorizations.add(new Object[] {"uji-ah-" + id, group, Resources.HISTORIC_TASK.resourceType(), id, Permissions.READ.getValue()});
    }
    jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, SUSPENSION_STATE_,"
        + " TASK_STATE_) values (?, 1, ?, 'Uji', 'Task_Uji', 50, ?, 1, 'Created')", tasks);
    jdbc.batchUpdate("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) values (?, 1, ?, 'candidate', ?)", links);
    jdbc.batchUpdate("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
        + " values (?, 1, 1, ?, ?, ?, ?)", authorizations);
    return ids;
  }
}
