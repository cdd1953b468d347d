package id.go.mojokertokab.asiek.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mojokertokab.asiek.calendar.WorkingTime;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.sop.SopStep;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** Our conventions for processes/*.bpmn, read from the files as Modeler saves them. */
class ProcessModelConventionsTest {

  static final Path MODEL = Path.of("processes", "pustaka-asiek.bpmn");
  static final Pattern ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
  static final Pattern EXPRESSION_BEAN = Pattern.compile("^\\$\\{([a-zA-Z]+)(\\.[a-zA-Z]+\\(execution\\))?}$");
  /** Service tasks that only touch our database and must commit with the step before them. */
  static final Set<String> IN_TRANSACTION_DELEGATES = Set.of("${checkScheduleConflictsDelegate}", "${releaseBookingsDelegate}",
      "${openRegistrationDelegate}", "${closeRegistrationDelegate}", "${recordParticipantListDelegate}", "${cancelRegistrationDelegate}",
      "${closeAttendanceListDelegate}", "${issueCertificatesDelegate}");

  final BpmnModelInstance model = Bpmn.readModelFromFile(MODEL.toFile());

  @Test
  void everyIdIsAStableEnglishTypeAndMeaning() {
    List<String> bad = new ArrayList<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element instanceof Process || element instanceof org.camunda.bpm.model.bpmn.instance.Expression) {
        continue;
      }
      if (element.getId() == null || !ID.matcher(element.getId()).matches()) {
        bad.add(element.getElementType().getTypeName() + " " + element.getId());
      }
    }
    assertThat(bad).isEmpty();
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly(PustakaAsiekProcess.KEY);
  }

  @Test
  void everyConstantNamesAnElementOfTheModel() throws IllegalAccessException {
    for (Field field : PustakaAsiekProcess.Elements.class.getFields()) {
      String id = (String) field.get(null);
      assertThat((Object) model.getModelElementById(id)).as(field.getName() + " = " + id).isNotNull();
    }
  }

  @Test
  void processCanBeDeployedAndCleanedUp() {
    Process process = model.getModelElementById(PustakaAsiekProcess.KEY);

    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(process.getCamundaVersionTag()).isNotBlank();
  }

  @Test
  void everyLaneOfTheSopIsDrawn() {
    Set<String> lanes = model.getModelElementsByType(Lane.class).stream().map(Lane::getName).collect(Collectors.toSet());
    Set<String> expected = Stream.concat(Lanes.ALL.stream().map(Lanes.Lane::name), Stream.of("Peserta")).collect(Collectors.toSet());

    assertThat(lanes).isEqualTo(expected).hasSize(10);
  }

  @Test
  void everyUserTaskIsInTheLaneOfItsCandidateGroup() {
    Map<String, String> laneNameByGroup = Lanes.ALL.stream().collect(Collectors.toMap(Lanes.Lane::groupId, Lanes.Lane::name));
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String group = task.getCamundaCandidateGroups();
      assertThat(laneNameByGroup).as(task.getId() + " candidate group").containsKey(group);
      assertThat(laneOf(task)).as(task.getId() + " lane").isEqualTo(laneNameByGroup.get(group));
    }
  }

  @Test
  void everyUserTaskCarriesItsSopRowAsPrinted() throws IOException {
    List<List<String>> rows = sopRows();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Map<String, String> p = SopStep.properties(task);
      List<String> mutuBaku = List.of(p.getOrDefault("sopLangkah", ""), p.getOrDefault("kelengkapan", ""),
          p.getOrDefault("waktu", ""), p.getOrDefault("output", ""));
      assertThat(rows).as(task.getId() + " mutu baku " + mutuBaku + " is a row of the SOP table").contains(mutuBaku);
      assertThat(WorkingTime.parse(p.get("waktu"))).isNotNull();
    }
  }

  @Test
  void everySopRowIsServedByAUserTask() throws IOException {
    Set<String> served = new TreeSet<>();
    model.getModelElementsByType(UserTask.class).forEach(t -> served.add(SopStep.properties(t).get("sopLangkah")));
    Set<String> all = sopRows().stream().map(r -> r.get(0)).collect(Collectors.toCollection(TreeSet::new));

    assertThat(served).isEqualTo(all);
  }

  @Test
  void aServiceTaskThatCarriesAnSopRowCarriesItAsPrinted() throws IOException {
    List<List<String>> rows = sopRows();
    List<String> carriers = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      Map<String, String> p = SopStep.properties(task);
      if (p.containsKey("sopLangkah")) {
        carriers.add(task.getId());
        assertThat(rows).as(task.getId() + " mutu baku").contains(List.of(p.get("sopLangkah"), p.getOrDefault("kelengkapan", ""),
            p.getOrDefault("waktu", ""), p.getOrDefault("output", "")));
      }
    }
    assertThat(carriers).containsExactly(PustakaAsiekProcess.Elements.TASK_ARCHIVE_ACTIVITY);
  }

  @Test
  void exactlyTheTasksOfRowsThreeFourAndSevenWaitForTheirOutputFiles() {
    List<String> marked = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Map<String, String> p = SopStep.properties(task);
      if ("true".equals(p.get(PustakaAsiekProcess.SopProperties.OUTPUT_FILES_REQUIRED))) {
        marked.add(task.getId());
        assertThat(id.go.mojokertokab.asiek.document.RequiredOutputs.required(p.get("sopLangkah"))).as(task.getId()).isNotEmpty();
      }
    }
    assertThat(marked).containsExactlyInAnyOrder(PustakaAsiekProcess.Elements.TASK_OPEN_WORKSHOP,
        PustakaAsiekProcess.Elements.TASK_DELIVER_MATERIAL, PustakaAsiekProcess.Elements.TASK_DELIVER_DOCUMENTATION);
  }

  @Test
  void everyUserTaskEscalatesWhenOverdue() {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      List<CamundaTaskListener> timeouts = task.getExtensionElements().getElementsQuery()
          .filterByType(CamundaTaskListener.class).list().stream().filter(l -> "timeout".equals(l.getCamundaEvent())).toList();
      assertThat(timeouts).as(task.getId() + " timeout listener").hasSize(1);
      CamundaTaskListener timeout = timeouts.get(0);
      assertThat(timeout.getCamundaDelegateExpression()).isEqualTo("${overdueTaskEscalation}");
      TimerEventDefinition timer = (TimerEventDefinition) timeout.getTimeouts().iterator().next();
      assertThat(timer.getTimeDate().getTextContent().trim()).isEqualTo("${sopDeadlines.dueDateOf(execution)}");
    }
  }

  @Test
  void everyFormRefNamesAFormInTheFormsFolder() throws IOException {
    Set<String> formIds = new HashSet<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        formIds.add(new ObjectMapper().readTree(form.toFile()).path("id").asText());
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(formIds).as(task.getId()).contains(task.getCamundaFormRef());
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
    }
    // the process's own start (sub-processes start with it, without a form of their own)
    for (StartEvent start : model.getModelElementsByType(StartEvent.class).stream()
        .filter(e -> e.getEventDefinitions().isEmpty() && e.getParentElement() instanceof Process).toList()) {
      assertThat(formIds).as(start.getId()).contains(start.getCamundaFormRef());
      assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
    }
  }

  @Test
  void everyDelegateExpressionNamesABeanOfOurs() throws IOException {
    Set<String> beans = componentNames();
    List<String> expressions = new ArrayList<>();
    for (Task task : model.getModelElementsByType(Task.class)) {
      if (task instanceof ServiceTask s) {
        expressions.add(s.getCamundaDelegateExpression());
      } else if (task instanceof SendTask s) {
        expressions.add(s.getCamundaDelegateExpression());
      }
      if (task.getExtensionElements() != null) {
        task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
            .forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
      }
    }
    model.getModelElementsByType(CamundaExecutionListener.class).forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
    model.getModelElementsByType(TimerEventDefinition.class).forEach(t -> expressions.add(t.getTimeDate().getTextContent().trim()));

    for (String expression : expressions) {
      Matcher m = EXPRESSION_BEAN.matcher(expression);
      assertThat(m.matches()).as(expression).isTrue();
      assertThat(beans).as(expression).contains(m.group(1));
    }
  }

  @Test
  void tasksThatReachOutsideAreAsynchronousWithRetries() {
    List<Task> outside = new ArrayList<>(model.getModelElementsByType(SendTask.class));
    model.getModelElementsByType(ServiceTask.class).stream()
        .filter(t -> !IN_TRANSACTION_DELEGATES.contains(t.getCamundaDelegateExpression())).forEach(outside::add);
    for (Task task : outside) {
      assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
      Collection<CamundaFailedJobRetryTimeCycle> retries = task.getExtensionElements().getChildElementsByType(CamundaFailedJobRetryTimeCycle.class);
      assertThat(retries).as(task.getId()).hasSize(1);
      // five attempts, ten minutes apart, before Cockpit shows an incident (README, "Run it")
      assertThat(retries.iterator().next().getTextContent()).as(task.getId()).isEqualTo("R5/PT10M");
    }
  }

  @Test
  void everyMessageOfTheModelIsNamedByAConstant() throws IllegalAccessException {
    Set<String> constants = new HashSet<>();
    for (Field field : PustakaAsiekProcess.Messages.class.getFields()) {
      constants.add((String) field.get(null));
    }
    Set<String> messages = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class).stream()
        .map(org.camunda.bpm.model.bpmn.instance.Message::getName).collect(Collectors.toSet());

    assertThat(messages).isEqualTo(constants);
  }

  @Test
  void diagramCarriesTheSopReference() {
    Definitions definitions = model.getDefinitions();
    assertThat(definitions.getTargetNamespace()).contains("pustaka-asiek");
  }

  /** The lane of the task, or of the sub-process it is drawn in (lanes list the process's own flow nodes). */
  private String laneOf(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance element = task;
    while (element.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess subProcess) {
      element = subProcess;
    }
    String id = ((BaseElement) element).getId();
    return model.getModelElementsByType(Lane.class).stream()
        .filter(lane -> lane.getFlowNodeRefs().stream().anyMatch(n -> n.getId().equals(id)))
        .map(Lane::getName).findFirst().orElse(null);
  }

  static List<List<String>> sopRows() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/sop/mutu-baku.tsv"));
    return lines.stream().skip(1).map(l -> l.split("\t")).map(c -> List.of(c[0], c[2], c[3], c[4])).toList();
  }

  /** Bean names of our Spring components: @Component("name") or the class name, decapitalised. */
  static Set<String> componentNames() throws IOException {
    Set<String> names = new HashSet<>();
    Pattern named = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
    Pattern unnamed = Pattern.compile("@Component\\s+(?:public\\s+)?(?:final\\s+)?(?:class|record)\\s+(\\w+)");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        named.matcher(source).results().forEach(r -> names.add(r.group(1)));
        unnamed.matcher(source).results().forEach(r -> names.add(Character.toLowerCase(r.group(1).charAt(0)) + r.group(1).substring(1)));
      }
    }
    return names;
  }
}
