package id.go.mojokertokab.asiek.deployment;

import id.go.mojokertokab.asiek.calendar.WorkingTime;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopProperties;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.sop.SopStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The conventions of ProcessModelConventionsTest that a diagram must keep to be deployed, checked on the diagram as the
 * engine receives it: each user task serves an SOP row with its mutu baku, is done by one of our lanes through a form
 * deployed with it and escalates when overdue; delegates name beans of this application; expressions are only those
 * our model needs (a bean, a bean's method on the execution, a condition over variables); no scripts. Plain Java: the
 * caller says which beans exist.
 */
public final class DiagramConventions {

  static final String TIMEOUT_LISTENER = "${overdueTaskEscalation}";
  static final String DUE_DATE_TIMER = "${sopDeadlines.dueDateOf(execution)}";
  private static final String CAMUNDA = BpmnModelConstants.CAMUNDA_NS;
  private static final Pattern BEAN = Pattern.compile("^\\$\\{([a-zA-Z][a-zA-Z0-9]*)}$");
  private static final Pattern BEAN_METHOD = Pattern.compile("^\\$\\{([a-zA-Z][a-zA-Z0-9]*)\\.[a-zA-Z][a-zA-Z0-9]*\\(execution\\)}$");
  private static final Pattern CALL = Pattern.compile("[A-Za-z0-9_]\\s*\\(");
  private static final Pattern STRING = Pattern.compile("'[^'\\\\$#{}]*'|\"[^\"\\\\$#{}]*\"");
  private static final Pattern CONDITION = Pattern.compile("^[A-Za-z0-9_\\s=!<>&|?:+\\-*/%()]*$");
  private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "property");

  /** Whether a bean of this name exists and is of this kind (a delegate, a listener, or any bean of ours). */
  private final BiPredicate<String, Class<?>> bean;

  /** @param bean answers whether a bean of that name exists, is of our application and assignable to the type */
  public DiagramConventions(BiPredicate<String, Class<?>> bean) {
    this.bean = bean;
  }

  /** Every broken convention of the model, in document order; empty when it may be deployed. */
  public List<DiagramProblem> check(BpmnModelInstance model, Set<String> deployedFormIds) {
    List<DiagramProblem> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(model, task, deployedFormIds, problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      String form = start.getCamundaFormRef();
      if (form != null) {
        checkForm(start, form, start.getCamundaFormRefBinding(), deployedFormIds, problems);
      }
      if (start.getCamundaFormKey() != null) {
        problems.add(problem(start, "memakai formKey \"" + start.getCamundaFormKey() + "\"; pakai Camunda Form (formRef) yang dipasang bersama diagram."));
      }
    }
    for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
      problems.add(problem(script, "adalah script task; skrip tidak diizinkan. Pakai service task dengan templat Pustaka ASIEK."));
    }
    for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
      problems.add(problem(owner(script), "memuat skrip (camunda:script); skrip tidak diizinkan."));
    }
    Node document = model.getDocument().getDomSource().getNode();
    Element root = document instanceof Document d ? d.getDocumentElement() : (Element) document;
    checkAttributesAndExpressions(root, model, problems);
    return problems;
  }

  private void checkUserTask(BpmnModelInstance model, UserTask task, Set<String> deployedFormIds, List<DiagramProblem> problems) {
    Map<String, String> mutuBaku = SopStep.properties(task);
    String row = mutuBaku.get(SopProperties.STEP);
    if (row == null || row.isBlank()) {
      problems.add(problem(task, "tidak memiliki langkah SOP (sopLangkah): pilih barisnya di templat \"Tugas SOP Pustaka ASIEK\"."));
    } else if (!SopStep.STEP_NAMES.containsKey(row.strip())) {
      problems.add(problem(task, "menyebut langkah SOP \"" + row + "\", padahal SOP hanya memiliki langkah 1 sampai " + SopStep.STEP_NAMES.size() + "."));
    }
    List<String> missing = new ArrayList<>();
    for (String name : List.of(SopProperties.REQUIREMENTS, SopProperties.DURATION, SopProperties.OUTPUT)) {
      if (mutuBaku.get(name) == null || mutuBaku.get(name).isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(problem(task, "tidak memiliki mutu baku " + String.join(", ", missing) + " seperti tercetak di SOP."));
    } else if (!readable(mutuBaku.get(SopProperties.DURATION))) {
      problems.add(problem(task, "memiliki waktu \"" + mutuBaku.get(SopProperties.DURATION) + "\" yang tidak terbaca (contoh: \"1 jam\", \"2 hari\", \"30 menit\")."));
    }
    String group = task.getCamundaCandidateGroups();
    List<String> lanes = Lanes.ALL.stream().map(Lanes.Lane::groupId).toList();
    if (group == null || group.isBlank()) {
      problems.add(problem(task, "tidak memiliki lajur pelaksana (candidate group)."));
    } else if (!lanes.contains(group.strip())) {
      problems.add(problem(task, "dikerjakan oleh \"" + group + "\", yang bukan lajur Pustaka ASIEK; pilih satu dari: " + String.join(", ", lanes) + "."));
    } else {
      String laneName = Lanes.name(group.strip());
      String drawnIn = laneOf(model, task);
      if (drawnIn != null && !drawnIn.equals(laneName)) {
        problems.add(problem(task, "digambar di lajur \"" + drawnIn + "\" tetapi dikerjakan oleh lajur \"" + laneName + "\"."));
      }
    }
    if (task.getCamundaAssignee() != null || task.getCamundaCandidateUsers() != null) {
      problems.add(problem(task, "diberikan kepada orang tertentu (assignee/candidate users); tugas diberikan kepada lajur."));
    }
    if (task.getCamundaFormKey() != null) {
      problems.add(problem(task, "memakai formKey \"" + task.getCamundaFormKey() + "\"; pakai Camunda Form (formRef) yang dipasang bersama diagram."));
    } else if (task.getCamundaFormRef() == null || task.getCamundaFormRef().isBlank()) {
      problems.add(problem(task, "tidak memiliki formulir (camunda:formRef)."));
    } else {
      checkForm(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), deployedFormIds, problems);
    }
    List<CamundaTaskListener> timeouts = task.getExtensionElements() == null ? List.of()
        : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
            .filter(listener -> TaskListener.EVENTNAME_TIMEOUT.equals(listener.getCamundaEvent())).toList();
    boolean escalates = timeouts.size() == 1 && TIMEOUT_LISTENER.equals(timeouts.get(0).getCamundaDelegateExpression())
        && timeouts.get(0).getTimeouts().stream().filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
            .anyMatch(timer -> timer.getTimeDate() != null && DUE_DATE_TIMER.equals(timer.getTimeDate().getTextContent().strip()));
    if (!escalates) {
      problems.add(problem(task, "tidak dieskalasi saat terlambat: tambahkan Task listener dengan Event type \"timeout\", Listener type "
          + "\"Delegate expression\" " + TIMEOUT_LISTENER + ", Timer type \"Date\" " + DUE_DATE_TIMER + "."));
    }
  }

  private static void checkForm(BaseElement element, String formId, String binding, Set<String> deployedFormIds, List<DiagramProblem> problems) {
    if (!"deployment".equals(binding)) {
      problems.add(problem(element, "mengikat formulir \"" + formId + "\" dengan \"" + binding + "\"; pakai binding \"deployment\" "
          + "agar setiap versi proses memakai formulirnya sendiri."));
    }
    if (!deployedFormIds.contains(formId)) {
      problems.add(problem(element, "memakai formulir \"" + formId + "\", yang tidak ikut dipasang: sertakan file .form-nya "
          + "(Deploy → Include additional files)."));
    }
  }

  /**
   * Every attribute and text of the document that the engine evaluates: expressions only where our model uses them,
   * and no implementation by class or by expression.
   */
  private void checkAttributesAndExpressions(Element element, BpmnModelInstance model, List<DiagramProblem> problems) {
    String local = element.getLocalName();
    if (NOT_EVALUATED.contains(local)) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
      String value = attribute.getNodeValue();
      if (CAMUNDA.equals(attribute.getNamespaceURI()) && (name.equals("class") || name.equals("expression"))) {
        problems.add(problem(ownerOf(element, model), "memakai camunda:" + name + " \"" + value
            + "\"; pakai templat Pustaka ASIEK (delegate expression ke bean aplikasi)."));
        continue;
      }
      if (value == null || (!value.contains("${") && !value.contains("#{"))) {
        continue;
      }
      if (name.equals("delegateExpression")) {
        checkDelegate(element, value, model, problems);
      } else if (!(name.equals("collection") && beanMethod(value))) {
        problems.add(problem(ownerOf(element, model), "memuat ekspresi " + value + " pada " + name + "; ekspresi hanya boleh "
            + "pada delegate expression, timer, koleksi multi-instance dan kondisi alur."));
      }
    }
    boolean leaf = true;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        leaf = false;
        checkAttributesAndExpressions(childElement, model, problems);
      }
    }
    String text = leaf && element.getTextContent() != null ? element.getTextContent().strip() : "";
    if (text.contains("${") || text.contains("#{")) {
      checkText(element, local, text, model, problems);
    }
  }

  private void checkText(Element element, String local, String text, BpmnModelInstance model, List<DiagramProblem> problems) {
    boolean timer = Set.of("timeDate", "timeDuration", "timeCycle").contains(local);
    if (timer && beanMethod(text)) {
      return;
    }
    if (local.equals("conditionExpression") && safeCondition(text)) {
      return;
    }
    String where = timer ? "timer" : local.equals("conditionExpression") ? "kondisi alur" : local;
    String allowed = timer ? "metode bean aplikasi pada execution, mis. " + DUE_DATE_TIMER
        : local.equals("conditionExpression") ? "variabel, nilai dan operator, mis. ${dispositionDecision == 'DITOLAK'}"
        : "tidak ada ekspresi di sini";
    problems.add(problem(ownerOf(element, model), "memuat ekspresi " + text + " pada " + where + "; yang diizinkan: " + allowed + "."));
  }

  private void checkDelegate(Element element, String expression, BpmnModelInstance model, List<DiagramProblem> problems) {
    Matcher name = BEAN.matcher(expression.strip());
    Class<?> kind = switch (element.getLocalName()) {
      case "taskListener" -> TaskListener.class;
      case "executionListener" -> ExecutionListener.class;
      default -> JavaDelegate.class;
    };
    if (!name.matches() || !bean.test(name.group(1), kind)) {
      problems.add(problem(ownerOf(element, model), "memakai delegate expression " + expression + ", yang tidak menunjuk bean "
          + kind.getSimpleName() + " aplikasi ini; pakai templat Pustaka ASIEK."));
    }
  }

  private boolean beanMethod(String expression) {
    Matcher method = BEAN_METHOD.matcher(expression.strip());
    return method.matches() && bean.test(method.group(1), Object.class);
  }

  /** A condition over variables: names, literals and operators; no property access, no call, no index. */
  static boolean safeCondition(String expression) {
    String text = expression.strip();
    if (!text.startsWith("${") || !text.endsWith("}") || text.indexOf("${", 2) >= 0) {
      return false;
    }
    String body = STRING.matcher(text.substring(2, text.length() - 1)).replaceAll("''");
    String withoutLiterals = body.replace("''", " ");
    return CONDITION.matcher(withoutLiterals).matches() && !CALL.matcher(withoutLiterals).find();
  }

  private static boolean readable(String duration) {
    try {
      return WorkingTime.parse(duration) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String laneOf(BpmnModelInstance model, FlowNode node) {
    return model.getModelElementsByType(Lane.class).stream()
        .filter(lane -> lane.getFlowNodeRefs().stream().anyMatch(n -> n.getId().equals(node.getId())))
        .map(Lane::getName).findFirst().orElse(null);
  }

  /** The nearest identified BPMN element around a DOM element, for the message. */
  private static BaseElement ownerOf(Element element, BpmnModelInstance model) {
    for (Node current = element; current instanceof Element e; current = current.getParentNode()) {
      String id = e.getAttribute("id");
      if (!id.isEmpty() && model.getModelElementById(id) instanceof BaseElement base) {
        return base;
      }
    }
    return null;
  }

  private static BaseElement owner(ModelElementInstance instance) {
    for (ModelElementInstance current = instance; current != null; current = current.getParentElement()) {
      if (current instanceof FlowElement flow) {
        return flow;
      }
    }
    return null;
  }

  private static DiagramProblem problem(BaseElement element, String sentence) {
    if (element == null) {
      return new DiagramProblem("Diagram " + sentence, null);
    }
    String name = element instanceof FlowElement flow && flow.getName() != null ? "\"" + flow.getName().strip() + "\" (" + element.getId() + ")"
        : element.getId();
    String kind = element instanceof UserTask ? "Tugas " : element instanceof ConditionExpression ? "" : "Elemen ";
    return new DiagramProblem(kind + name + " " + sentence, element.getId());
  }
}
