package id.go.mojokertokab.asiek.security;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.security.EngineCommandPolicy.Caller;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.CommandArguments;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/**
 * Who may deploy, and what: administrators anything; the Perancang Proses group a new version of the Pustaka ASIEK
 * diagram with its forms, as Modeler sends it (no other files, no resources taken from older deployments, no
 * "deploy changed only", which would leave the forms behind). The diagram's own conventions are checked for every
 * deployment by the deployment package's guard.
 */
@Component
class DeploymentRules {

  void decide(Command<?> command, Caller caller) {
    if (!(command instanceof DeployCmd deploy)) {
      return;
    }
    if (!caller.inAny(List.of(Deployers.GROUP))) {
      throw denied("Hanya " + Deployers.NAME + " dan administrator yang dapat memasang diagram.");
    }
    DeploymentBuilderImpl deployment = CommandArguments.deployment(deploy);
    if (!deployment.getDeploymentResourcesById().isEmpty() || !deployment.getDeploymentResourcesByName().isEmpty()
        || !deployment.getDeployments().isEmpty()) {
      throw denied("Memasang ulang berkas dari deployment lama hanya dapat dilakukan administrator; pasang diagram dan formulirnya dari Modeler.");
    }
    if (deployment.isDeployChangedOnly()) {
      throw denied("Pilihan \"deploy changed only\" tidak dapat dipakai: setiap versi proses harus membawa semua formulirnya.");
    }
    if (deployment.getDeployment().getTenantId() != null) {
      throw denied("Pustaka ASIEK tidak memakai tenant; kosongkan Tenant ID.");
    }
    for (ResourceEntity resource : deployment.getDeployment().getResources().values()) {
      String name = resource.getName();
      if (!name.endsWith(".bpmn") && !name.endsWith(".form")) {
        throw denied("Berkas \"" + name + "\" tidak dapat dipasang: " + Deployers.NAME + " hanya memasang diagram (.bpmn) dan formulir (.form).");
      }
      if (name.endsWith(".bpmn")) {
        refuseOtherProcesses(resource);
      }
    }
  }

  private static void refuseOtherProcesses(ResourceEntity diagram) {
    List<String> processes;
    try {
      processes = Bpmn.readModelFromStream(new ByteArrayInputStream(diagram.getBytes())).getModelElementsByType(Process.class)
          .stream().map(Process::getId).toList();
    } catch (RuntimeException unreadable) {
      return; // the engine's parser reports it
    }
    for (String process : processes) {
      if (!PustakaAsiekProcess.KEY.equals(process)) {
        throw denied("Diagram memuat proses \"" + process + "\"; " + Deployers.NAME + " hanya dapat memasang versi baru proses "
            + PustakaAsiekProcess.KEY + ".");
      }
    }
  }

  private static AuthorizationException denied(String sentence) {
    return new AuthorizationException(sentence);
  }
}
