package id.go.mojokertokab.asiek.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.sop.SopStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Modeler element templates of processes/.camunda/element-templates: each is valid against Camunda's
 * element template schema, every delegate of the model has one, and every templated element of the model carries its
 * template and matches it, as Modeler would show it when the analyst opens the diagram.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");
  static final String TEMPLATE_ATTRIBUTE = "modelerTemplate";
  static final ObjectMapper JSON = new ObjectMapper();

  final BpmnModelInstance model = Bpmn.readModelFromFile(ProcessModelConventionsTest.MODEL.toFile());
  final Map<String, JsonNode> templates = templates();

  @Test
  void everyTemplateIsValidAgainstCamundasSchema() throws IOException {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/element-templates/camunda-7-element-templates-schema-0.22.1.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
    for (Map.Entry<String, JsonNode> template : templates.entrySet()) {
      Set<ValidationMessage> problems = schema.validate(template.getValue());
      assertThat(problems).as(template.getKey()).isEmpty();
      assertThat(template.getValue().path("$schema").asText()).as(template.getKey()).contains("element-templates-json-schema@0.22.1");
    }
  }

  @Test
  void schemaCheckRefusesABrokenTemplate() throws IOException {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/element-templates/camunda-7-element-templates-schema-0.22.1.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode broken = JSON.readTree("""
        {"name": "x", "id": "x", "appliesTo": ["bpmn:UserTask"],
         "properties": [{"type": "Dropdown", "binding": {"type": "camunda:property", "name": "waktu"}}]}""");

    assertThat(schema.validate(broken)).as("a dropdown without choices").isNotEmpty();
  }

  @Test
  void everyDelegateOfTheModelHasItsTemplate() throws IOException {
    Set<String> beans = ProcessModelConventionsTest.componentNames();
    Map<String, String> delegates = new LinkedHashMap<>();
    for (BaseElement element : delegateElements()) {
      delegates.put(element.getId(), element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression"));
    }
    assertThat(delegates).isNotEmpty();
    for (Map.Entry<String, String> delegate : delegates.entrySet()) {
      List<String> templated = templates.values().stream()
          .filter(t -> hidden(t, "property", "camunda:delegateExpression").contains(delegate.getValue())).map(t -> t.path("id").asText()).toList();
      assertThat(templated).as(delegate.getKey() + " " + delegate.getValue()).hasSize(1);
    }
    for (JsonNode template : templates.values()) {
      for (String expression : hidden(template, "property", "camunda:delegateExpression")) {
        assertThat(beans).as(template.path("id").asText()).contains(expression.substring(2, expression.length() - 1));
      }
    }
  }

  @Test
  void everyUserTaskDelegateAndStartFormCarriesItsTemplateAndMatchesIt() {
    List<BaseElement> templated = new ArrayList<>(delegateElements());
    templated.addAll(model.getModelElementsByType(UserTask.class));
    model.getModelElementsByType(StartEvent.class).stream()
        .filter(e -> e.getEventDefinitions().isEmpty() && e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
        .forEach(templated::add);

    for (BaseElement element : templated) {
      String id = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, TEMPLATE_ATTRIBUTE);
      assertThat(templates).as(element.getId() + " camunda:modelerTemplate").containsKey(id);
      JsonNode template = templates.get(id);
      assertThat(element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplateVersion")).as(element.getId())
          .isEqualTo(template.path("version").asText());
      String type = element.getElementType().getTypeName();
      assertThat(template.path("appliesTo").toString()).as(element.getId())
          .contains("\"bpmn:" + Character.toUpperCase(type.charAt(0)) + type.substring(1) + "\"");
      assertThat(mismatches(element, template)).as(element.getId() + " against " + id).isEmpty();
    }
  }

  @Test
  void theSopTaskTemplateOffersTheMutuBakuAsPrintedAndOurLanes() throws IOException {
    JsonNode sop = templates.get("id.go.mojokertokab.asiek.SopUserTask");
    List<List<String>> rows = ProcessModelConventionsTest.sopRows();

    assertThat(choices(sop, "camunda:property", "sopLangkah")).containsExactlyElementsOf(distinct(rows, 0));
    assertThat(choices(sop, "camunda:property", "kelengkapan")).containsExactlyInAnyOrderElementsOf(distinct(rows, 1));
    assertThat(choices(sop, "camunda:property", "waktu")).containsExactlyInAnyOrderElementsOf(distinct(rows, 2));
    assertThat(choices(sop, "camunda:property", "output")).containsExactlyInAnyOrderElementsOf(distinct(rows, 3));
    assertThat(choices(sop, "property", "camunda:candidateGroups"))
        .containsExactlyElementsOf(Lanes.ALL.stream().map(Lanes.Lane::groupId).toList());
    assertThat(hidden(sop, "property", "camunda:formRefBinding")).containsExactly("deployment");
  }

  @Test
  void applyingATemplateFindsAnElementThatDoesNotMatch() {
    UserTask disposition = model.getModelElementById(PustakaAsiekProcess.Elements.TASK_DISPOSE_REQUEST);
    disposition.setCamundaCandidateGroups("kadis,admin");
    disposition.setCamundaFormRefBinding("latest");

    assertThat(mismatches(disposition, templates.get("id.go.mojokertokab.asiek.SopUserTask")))
        .containsExactlyInAnyOrder("camunda:candidateGroups = kadis,admin is not a choice", "camunda:formRefBinding = latest, template: deployment");
  }

  /** What Modeler would show differently from the element: each binding of the template applied to it. */
  static List<String> mismatches(BaseElement element, JsonNode template) {
    List<String> problems = new ArrayList<>();
    Map<String, String> camundaProperties = SopStep.properties(element);
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      String name = binding.path("name").asText();
      String actual = switch (binding.path("type").asText()) {
        case "property" -> name.startsWith("camunda:")
            ? element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, name.substring("camunda:".length()))
            : element.getAttributeValue(name);
        case "camunda:property" -> camundaProperties.get(name);
        case "camunda:executionListener" -> executionListener(element, binding.path("event").asText());
        default -> throw new AssertionError("binding not covered by this test: " + binding);
      };
      String label = binding.path("type").asText().equals("camunda:executionListener") ? "execution listener " + binding.path("event").asText() : name;
      boolean required = property.path("constraints").path("notEmpty").asBoolean(false);
      if (actual == null || actual.isEmpty()) {
        if (required || property.path("type").asText().equals("Hidden")) {
          problems.add(label + " is missing");
        }
        continue;
      }
      switch (property.path("type").asText()) {
        case "Hidden" -> {
          if (!actual.equals(property.path("value").asText())) {
            problems.add(label + " = " + actual + ", template: " + property.path("value").asText());
          }
        }
        case "Dropdown" -> {
          if (!choiceValues(property).contains(actual)) {
            problems.add(label + " = " + actual + " is not a choice");
          }
        }
        default -> {
          JsonNode pattern = property.path("constraints").path("pattern");
          String regex = pattern.isObject() ? pattern.path("value").asText() : pattern.asText("");
          if (!regex.isEmpty() && !actual.matches(regex)) {
            problems.add(label + " = " + actual + " does not match " + regex);
          }
        }
      }
    }
    return problems;
  }

  private static String executionListener(BaseElement element, String event) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
        .filter(l -> event.equals(l.getCamundaEvent())).map(CamundaExecutionListener::getCamundaDelegateExpression).findFirst().orElse(null);
  }

  private List<BaseElement> delegateElements() {
    List<BaseElement> elements = new ArrayList<>();
    model.getModelElementsByType(ServiceTask.class).stream().filter(t -> t.getCamundaDelegateExpression() != null).forEach(elements::add);
    model.getModelElementsByType(SendTask.class).stream().filter(t -> t.getCamundaDelegateExpression() != null).forEach(elements::add);
    return elements;
  }

  private static List<String> hidden(JsonNode template, String bindingType, String name) {
    List<String> values = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      if (property.path("type").asText().equals("Hidden") && property.path("binding").path("type").asText().equals(bindingType)
          && property.path("binding").path("name").asText().equals(name)) {
        values.add(property.path("value").asText());
      }
    }
    return values;
  }

  private static List<String> choices(JsonNode template, String bindingType, String name) {
    for (JsonNode property : template.path("properties")) {
      if (property.path("binding").path("type").asText().equals(bindingType) && property.path("binding").path("name").asText().equals(name)) {
        return choiceValues(property);
      }
    }
    throw new AssertionError("no " + bindingType + " " + name);
  }

  private static List<String> choiceValues(JsonNode property) {
    List<String> values = new ArrayList<>();
    property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
    return values;
  }

  private static List<String> distinct(List<List<String>> rows, int column) {
    return List.copyOf(rows.stream().map(r -> r.get(column)).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
  }

  static Map<String, JsonNode> templates() {
    Map<String, JsonNode> templates = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode template = JSON.readTree(file.toFile());
        assertThat(templates.put(template.path("id").asText(), template)).as("template id " + template.path("id") + " twice").isNull();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return templates;
  }
}
