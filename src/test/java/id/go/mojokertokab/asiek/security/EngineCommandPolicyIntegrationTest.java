package id.go.mojokertokab.asiek.security;

import static id.go.mojokertokab.asiek.TestData.MONDAY_0900;
import static id.go.mojokertokab.asiek.TestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.mojokertokab.asiek.TestData;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * EngineCommandPolicy on its own, through the Java API as a signed-in staff member, with no REST layer in front: what it
 * refuses stays refused whatever door a future version opens, and what lanes need but Camunda's TASK_WORK does not give
 * (handing a task to a colleague) works.
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineCommandPolicyIntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;

  ProcessInstance instance;
  Task disposition;

  @BeforeEach
  void aLetterWaitsForTheKadis() {
    ClockUtil.setCurrentTime(date(MONDAY_0900));
    createUser("kadis2", "kadis");
    as("agendaris", "agendaris-surat");
    instance = formService.submitStartForm(definitionId(), TestData.requestLetter(MONDAY_0900.toLocalDate()));
    identityService.clearAuthentication();
    disposition = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void aLaneMemberHandsTheTaskToAColleagueOfTheSameLaneOnly() {
    as("kadis", "kadis");
    taskService.claim(disposition.getId(), "kadis");
    taskService.setAssignee(disposition.getId(), "kadis2");

    assertThat(assigneeOf(disposition)).isEqualTo("kadis2");
    assertThatThrownBy(() -> taskService.setAssignee(disposition.getId(), "kebersihan"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Tugas \"Disposisi surat permohonan\" hanya dapat diserahkan kepada anggota lajur KADIS.");
    as("kebersihan", "staf-kebersihan");
    assertThatThrownBy(() -> taskService.setAssignee(disposition.getId(), "kebersihan"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessage("Hanya anggota dan atasan lajur tugas ini yang dapat menyerahkannya.");
    assertThat(assigneeOf(disposition)).isEqualTo("kadis2");
  }

  @Test
  void aClaimIsForOneselfAndReleasingIsForTheHolder() {
    as("kadis2", "kadis");
    assertThatThrownBy(() -> taskService.claim(disposition.getId(), "kadis"))
        .isInstanceOf(AuthorizationException.class).hasMessageStartingWith("Tugas hanya dapat diklaim untuk diri sendiri");
    taskService.claim(disposition.getId(), "kadis2");
    taskService.setAssignee(disposition.getId(), null);

    assertThat(assigneeOf(disposition)).isNull();
  }

  @Test
  void aTaskWithAFormIsCompletedOnlyThroughIt() {
    as("kadis", "kadis");
    taskService.claim(disposition.getId(), "kadis");

    assertThatThrownBy(() -> taskService.complete(disposition.getId(), TestData.acceptedDisposition()))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Tugas \"Disposisi surat permohonan\" diselesaikan dengan mengisi formulirnya di Tasklist.");
    assertThatThrownBy(() -> taskService.handleBpmnError(disposition.getId(), "SELESAI"))
        .isInstanceOf(AuthorizationException.class).hasMessageStartingWith("Tugas \"Disposisi surat permohonan\" tidak dapat diakhiri dengan kesalahan BPMN");
    assertThatThrownBy(() -> taskService.handleEscalation(disposition.getId(), "X"))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("tidak dapat dieskalasi");
    assertThat(taskService.createTaskQuery().taskId(disposition.getId()).count()).isOne();
  }

  @Test
  void variablesChangeOnlyThroughForms() {
    as("kadis", "kadis");

    assertThatThrownBy(() -> taskService.setVariable(disposition.getId(), "activityNumber", "ASIEK-2026-9999"))
        .isInstanceOf(AuthorizationException.class).hasMessage("Hanya administrator yang dapat mengubah variabel proses di luar formulir tugas.");
    assertThatThrownBy(() -> taskService.removeVariable(disposition.getId(), "activityNumber"))
        .isInstanceOf(AuthorizationException.class).hasMessage("Hanya administrator yang dapat menghapus variabel proses.");
    assertThatThrownBy(() -> runtimeService.setVariable(instance.getId(), "activityNumber", "ASIEK-2026-9999"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.deleteCandidateGroup(disposition.getId(), "kadis"))
        .isInstanceOf(AuthorizationException.class).hasMessage("Hanya administrator yang dapat mengubah lajur yang boleh mengerjakan tugas.");
    identityService.clearAuthentication();
    assertThat(runtimeService.getVariable(instance.getId(), "activityNumber")).isEqualTo(instance.getBusinessKey());
  }

  @Test
  void theProcessStartsOnlyThroughTheStartFormAndNumbersItself() {
    long instances = runtimeService.createProcessInstanceQuery().count();
    as("agendaris", "agendaris-surat");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PustakaAsiekProcess.KEY, "ASIEK-2026-0001"))
        .isInstanceOf(AuthorizationException.class).hasMessage("Hanya administrator yang dapat memulai proses tanpa formulir surat permohonan.");
    assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(PustakaAsiekProcess.KEY)
        .startBeforeActivity(Elements.TASK_SEND_REJECTION_LETTER).execute(true, true))
        .isInstanceOf(AuthorizationException.class).hasMessage("Hanya administrator yang dapat memulai proses dari tengah alur.");
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(), "ASIEK-2026-0001", TestData.requestLetter(MONDAY_0900.toLocalDate())))
        .isInstanceOf(AuthorizationException.class).hasMessageStartingWith("Nomor kegiatan diberikan oleh aplikasi");
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(PustakaAsiekProcess.Messages.REQUEST_CANCELLED)
        .processInstanceBusinessKey(instance.getBusinessKey()).correlate())
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().isEnded()).isFalse();
  }

  @Test
  void commentsAreForTheTasksLaneAndItsSupervisor() {
    as("kebersihan", "staf-kebersihan");
    assertThatThrownBy(() -> taskService.createComment(disposition.getId(), instance.getId(), "Saya ubah ini."))
        .isInstanceOf(AuthorizationException.class);
    as("kadis", "kadis");
    taskService.createComment(disposition.getId(), instance.getId(), "Mohon segera.");

    assertThat(taskService.getTaskComments(disposition.getId())).extracting(c -> c.getFullMessage()).containsExactly("Mohon segera.");
  }

  @Test
  void expressionsInOrQueriesAreRefusedForEveryoneEvenOnTheJavaApi() {
    as("kadis", "kadis");
    assertThatThrownBy(() -> taskService.createTaskQuery().or().taskAssigneeExpression("${currentUser()}").endOr().list())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries");
    as("admin", Groups.CAMUNDA_ADMIN);
    assertThatThrownBy(() -> taskService.createTaskQuery().or().taskNameLike("x").endOr().or().taskAssigneeExpression("${currentUser()}").endOr().count())
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void administratorsAndTheEnginesOwnWorkPassUnchanged() {
    as("admin", Groups.CAMUNDA_ADMIN);
    taskService.setVariable(disposition.getId(), "dispositionNote", "Dicatat oleh administrator.");
    identityService.clearAuthentication();
    taskService.setVariable(disposition.getId(), "dispositionNote", "Dicatat oleh mesin.");

    assertThat(taskService.getVariable(disposition.getId(), "dispositionNote")).isEqualTo("Dicatat oleh mesin.");
  }

  private void as(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
  }

  private String assigneeOf(Task task) {
    String user = identityService.getCurrentAuthentication() == null ? null : identityService.getCurrentAuthentication().getUserId();
    identityService.clearAuthentication();
    String assignee = taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    if (user != null) {
      identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList());
    }
    return assignee;
  }

  private String definitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY).latestVersion().singleResult().getId();
  }

  private void createUser(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword("demo");
      user.setEmail(id + "@pustaka-asiek.test");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }
}
