package id.go.mojokertokab.asiek.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.process.OurBeans;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** What the deployment guard refuses, one sentence per broken convention; our own model passes. No engine. */
class DiagramConventionsTest {

  static final Map<String, Class<?>> BEANS = OurBeans.components();
  static final Set<String> FORMS = OurBeans.formIds();

  final DiagramConventions conventions = new DiagramConventions((name, kind) -> BEANS.containsKey(name) && kind.isAssignableFrom(BEANS.get(name)));
  final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "pustaka-asiek.bpmn").toFile());

  @Test
  void ourDiagramWithItsFormsPasses() {
    assertThat(conventions.check(model, FORMS)).isEmpty();
  }

  @Test
  void aUserTaskWithoutItsSopRowOrMutuBakuIsRefused() {
    CamundaProperties properties = roomProperties();
    List.copyOf(properties.getCamundaProperties()).stream().filter(p -> List.of("sopLangkah", "waktu").contains(p.getCamundaName()))
        .forEach(properties::removeChildElement);

    assertThat(messages()).containsExactly(
        "Tugas \"Siapkan ruangan\" (Task_PrepareRoom) tidak memiliki langkah SOP (sopLangkah): pilih barisnya di templat \"Tugas SOP Pustaka ASIEK\".",
        "Tugas \"Siapkan ruangan\" (Task_PrepareRoom) tidak memiliki mutu baku waktu seperti tercetak di SOP.");
  }

  @Test
  void aStepOutsideTheSopAndAnUnreadableWaktuAreRefused() {
    for (CamundaProperty property : roomProperties().getCamundaProperties()) {
      if (property.getCamundaName().equals("sopLangkah")) {
        property.setCamundaValue("9");
      } else if (property.getCamundaName().equals("waktu")) {
        property.setCamundaValue("secepatnya");
      }
    }

    assertThat(messages()).containsExactly(
        "Tugas \"Siapkan ruangan\" (Task_PrepareRoom) menyebut langkah SOP \"9\", padahal SOP hanya memiliki langkah 1 sampai 8.",
        "Tugas \"Siapkan ruangan\" (Task_PrepareRoom) memiliki waktu \"secepatnya\" yang tidak terbaca (contoh: \"1 jam\", \"2 hari\", \"30 menit\").");
  }

  @Test
  void aCandidateGroupThatIsNoLaneOrAnotherLaneIsRefused() {
    room().setCamundaCandidateGroups("camunda-admin");
    model.<UserTask>getModelElementById(Elements.TASK_DISPOSE_REQUEST).setCamundaCandidateGroups("kasubag-umum");

    assertThat(messages()).containsExactly(
        "Tugas \"Disposisi surat permohonan\" (Task_DisposeRequest) digambar di lajur \"KADIS\" tetapi dikerjakan oleh lajur \"Kasubag Umum\".",
        "Tugas \"Siapkan ruangan\" (Task_PrepareRoom) dikerjakan oleh \"camunda-admin\", yang bukan lajur Pustaka ASIEK; pilih satu dari: "
            + "agendaris-surat, kadis, analis-kerjasama, jf-pustakawan, bidang-pengembangan, kasubag-umum, narasumber, staf-kebersihan, staf-dokumentasi.");
  }

  @Test
  void aFormThatIsNotInTheDeploymentIsRefused() {
    Set<String> withoutRoomForm = new HashSet<>(FORMS);
    withoutRoomForm.remove("Form_PrepareRoom");

    assertThat(conventions.check(model, withoutRoomForm).stream().map(DiagramProblem::message))
        .containsExactly("Tugas \"Siapkan ruangan\" (Task_PrepareRoom) memakai formulir \"Form_PrepareRoom\", yang tidak ikut dipasang: "
            + "sertakan file .form-nya (Deploy → Include additional files).");
  }

  @Test
  void aTaskWithoutItsTimeoutListenerIsToldWhatToAdd() {
    ExtensionElements extensions = room().getExtensionElements();
    extensions.getElementsQuery().filterByType(CamundaTaskListener.class).list().forEach(extensions::removeChildElement);

    assertThat(messages()).singleElement().asString().contains("Task_PrepareRoom", "Event type \"timeout\"", "${overdueTaskEscalation}",
        "${sopDeadlines.dueDateOf(execution)}");
  }

  @Test
  void aDelegateExpressionNamingNoBeanOrAListenerAsDelegateIsRefused() {
    model.<SendTask>getModelElementById(Elements.TASK_SEND_REJECTION_LETTER).setCamundaDelegateExpression("${mailService}");
    model.<SendTask>getModelElementById(Elements.TASK_NOTIFY_COOPERATION_ANALYST).setCamundaDelegateExpression("${overdueTaskEscalation}");

    assertThat(messages()).containsExactly(
        "Elemen \"Kirim surat penolakan\" (Task_SendRejectionLetter) memakai delegate expression ${mailService}, yang tidak menunjuk bean JavaDelegate aplikasi ini; pakai templat Pustaka ASIEK.",
        "Elemen \"Teruskan disposisi ke analis kerjasama\" (Task_NotifyCooperationAnalyst) memakai delegate expression ${overdueTaskEscalation}, yang tidak menunjuk bean JavaDelegate aplikasi ini; pakai templat Pustaka ASIEK.");
  }

  @Test
  void scriptTasksInlineScriptsClassesAndExpressionsOutsideTheirPlaceAreRefused() {
    Process process = model.getModelElementById("pustaka-asiek");
    ScriptTask script = model.newInstance(ScriptTask.class);
    script.setId("Task_RunScript");
    script.setName("Jalankan skrip");
    script.setScriptFormat("javascript");
    process.addChildElement(script);
    CamundaTaskListener listener = model.getModelElementsByType(CamundaTaskListener.class).iterator().next();
    CamundaScript inline = model.newInstance(CamundaScript.class);
    inline.setCamundaScriptFormat("groovy");
    inline.setTextContent("println 'x'");
    listener.addChildElement(inline);
    model.<SendTask>getModelElementById(Elements.TASK_SEND_REJECTION_LETTER).setCamundaClass("org.example.Mailer");
    SequenceFlow rejected = model.getModelElementById("Flow_RequestRejected");
    rejected.getConditionExpression().setTextContent("${execution.getProcessEngineServices().getIdentityService() != null}");

    assertThat(messages()).containsExactlyInAnyOrder(
        "Elemen \"Jalankan skrip\" (Task_RunScript) adalah script task; skrip tidak diizinkan. Pakai service task dengan templat Pustaka ASIEK.",
        "Tugas \"Disposisi surat permohonan\" (Task_DisposeRequest) memuat skrip (camunda:script); skrip tidak diizinkan.",
        "Elemen \"Kirim surat penolakan\" (Task_SendRejectionLetter) memakai camunda:class \"org.example.Mailer\"; pakai templat Pustaka ASIEK (delegate expression ke bean aplikasi).",
        "Elemen \"Ditolak\" (Flow_RequestRejected) memuat ekspresi ${execution.getProcessEngineServices().getIdentityService() != null} pada kondisi alur; "
            + "yang diizinkan: variabel, nilai dan operator, mis. ${dispositionDecision == 'DITOLAK'}.");
  }

  @Test
  void conditionsAreVariablesLiteralsAndOperatorsOnly() {
    assertThat(DiagramConventions.safeCondition("${dispositionDecision == 'DITOLAK'}")).isTrue();
    assertThat(DiagramConventions.safeCondition("${!scheduleConflict}")).isTrue();
    assertThat(DiagramConventions.safeCondition("${participants >= 10 && (late or not ready)}")).isTrue();
    assertThat(DiagramConventions.safeCondition("${x == 'a.b(c)'}")).as("dots and calls inside a string").isTrue();
    assertThat(DiagramConventions.safeCondition("${execution.variables}")).isFalse();
    assertThat(DiagramConventions.safeCondition("${fn:run('x')}")).isFalse();
    assertThat(DiagramConventions.safeCondition("${list[0]}")).isFalse();
    assertThat(DiagramConventions.safeCondition("${a} ${b}")).isFalse();
    assertThat(DiagramConventions.safeCondition("#{a}")).isFalse();
    assertThat(DiagramConventions.safeCondition("${'${x}'}")).isFalse();
  }

  /** Task_PrepareRoom, the user task these tests break one convention of at a time. */
  private UserTask room() {
    return model.getModelElementById(Elements.TASK_PREPARE_ROOM);
  }

  /** Its camunda:properties: the SOP row (sopLangkah) and the mutu baku (waktu). */
  private CamundaProperties roomProperties() {
    return room().getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult();
  }

  private List<String> messages() {
    return conventions.check(model, FORMS).stream().map(DiagramProblem::message).toList();
  }

  static {
    // ConditionExpression is the flow's child; the problem names the flow (keeps the import used for readers)
    ConditionExpression.class.getName();
  }
}
