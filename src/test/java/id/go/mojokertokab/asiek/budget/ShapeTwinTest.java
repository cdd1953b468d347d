package id.go.mojokertokab.asiek.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.junit.jupiter.api.Test;

/** The benchmark's shape twin still follows the model: it is valid BPMN, a bare engine deploys and runs it. */
class ShapeTwinTest {

  private static final Path DIAGRAM = Path.of("processes", "pustaka-asiek.bpmn");

  @Test
  void twinKeepsEveryFlowNodeAndLosesEveryBeanOfOurs() throws Exception {
    byte[] twin = ShapeTwin.of(DIAGRAM);
    BpmnModelInstance ours = Bpmn.readModelFromFile(DIAGRAM.toFile());
    BpmnModelInstance shape = Bpmn.readModelFromStream(new ByteArrayInputStream(twin));

    assertThat(ids(shape.getModelElementsByType(FlowNode.class))).containsExactlyInAnyOrderElementsOf(ids(ours.getModelElementsByType(FlowNode.class)));
    assertThat(shape.getModelElementsByType(SubProcess.class)).filteredOn(SubProcess::triggeredByEvent)
        .hasSameSizeAs(ours.getModelElementsByType(SubProcess.class).stream().filter(SubProcess::triggeredByEvent).toList()).isNotEmpty();
    assertThat(shape.getModelElementsByType(MultiInstanceLoopCharacteristics.class)).isNotEmpty().allSatisfy(loop -> {
      assertThat(loop.getLoopCardinality().getTextContent()).isEqualTo("2");
      assertThat(loop.getCamundaCollection()).isNull();
    });
    assertThat(shape.getModelElementsByType(TimeDate.class)).extracting(TimeDate::getTextContent).containsOnly(ShapeTwin.FIXED_TIMER_DATE);
    String text = new String(twin, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("delegateExpression", "camunda:formRef", "candidateGroups", "taskListener", "executionListener",
        "camunda:properties", "modelerTemplate", "Delegate}");
  }

  @Test
  void bareEngineRunsTheTwinToTheDisposition() throws Exception {
    ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("shape-twin-test").setJdbcUrl("jdbc:h2:mem:shape-twin-test;DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false).setHistory(ProcessEngineConfiguration.HISTORY_FULL).buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().addInputStream("pustaka-asiek.bpmn", new ByteArrayInputStream(ShapeTwin.of(DIAGRAM)))
          .deploy();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PustakaAsiekProcess.KEY, Map.of());

      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
          .isEqualTo(Elements.TASK_DISPOSE_REQUEST);
    } finally {
      engine.close();
    }
  }

  private static Collection<String> ids(Collection<? extends FlowNode> nodes) {
    return nodes.stream().map(FlowNode::getId).toList();
  }
}
