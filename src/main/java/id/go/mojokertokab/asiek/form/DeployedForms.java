package id.go.mojokertokab.asiek.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms as deployed with each process version (formRefBinding="deployment"), parsed once. Read inside an
 * engine command, from the deployment's own resources.
 */
@Component
public class DeployedForms {

  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  /** The form of a user task, if its model element references one. */
  public Optional<FormSchema> of(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null || userTask.getCamundaFormRef() == null || !(task.getExecution() instanceof ExecutionEntity execution)) {
      return Optional.empty();
    }
    return Optional.of(schema(execution.getProcessDefinition().getDeploymentId(), userTask.getCamundaFormRef()));
  }

  public FormSchema schema(String deploymentId, String formId) {
    return schemas.computeIfAbsent(deploymentId + "/" + formId, key -> {
      CommandContext context = Context.getCommandContext();
      CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formId);
      if (form == null) {
        throw new IllegalStateException("Form " + formId + " is not part of deployment " + deploymentId);
      }
      ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, form.getResourceName());
      try {
        return FormSchema.parse(new ByteArrayInputStream(resource.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Form " + formId + " of deployment " + deploymentId + " is not valid JSON", e);
      }
    });
  }
}
