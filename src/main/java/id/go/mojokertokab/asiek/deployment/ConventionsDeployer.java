package id.go.mojokertokab.asiek.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Runs before the engine's own deployers on every new deployment (Modeler, REST, start-up): a diagram that breaks
 * {@link DiagramConventions} is refused with one sentence per problem, and nothing of the deployment is kept. The
 * engine reports it as a parse error: HTTP 400 whose message Modeler shows. Deployments already in the database are
 * read again as they are.
 */
class ConventionsDeployer implements Deployer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DiagramConventions conventions;

  ConventionsDeployer(DiagramConventions conventions) {
    this.conventions = conventions;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Set<String> formIds = new HashSet<>();
    List<ResourceEntity> diagrams = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        formIds.add(formId(resource));
      } else if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
        diagrams.add(resource);
      }
    }
    for (ResourceEntity diagram : diagrams) {
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(diagram.getBytes()));
      } catch (RuntimeException unreadable) {
        continue; // the engine's own parser says what is wrong with it
      }
      List<DiagramProblem> problems = conventions.check(model, formIds);
      if (!problems.isEmpty()) {
        String name = diagram.getName().replaceAll(".*[/\\\\]", "");
        String message = "Diagram " + name + " tidak dipasang, " + problems.size() + " masalah:\n"
            + problems.stream().map(p -> "- " + p.message()).collect(Collectors.joining("\n"));
        throw new ParseException(message, diagram.getName(), List.<Problem>copyOf(problems), List.of());
      }
    }
  }

  private static String formId(ResourceEntity form) {
    try {
      return JSON.readTree(form.getBytes()).path("id").asText();
    } catch (IOException unreadable) {
      return "";
    }
  }
}
