package id.go.mojokertokab.asiek.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/** Puts {@link ConventionsDeployer} before the engine's deployers; delegates may name only beans of this application. */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

  private static final String OUR_PACKAGES = "id.go.mojokertokab.asiek.";

  private final ListableBeanFactory beans;

  DeploymentGuardPlugin(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new ConventionsDeployer(new DiagramConventions(this::isOurBean)));
  }

  private boolean isOurBean(String name, Class<?> kind) {
    if (!beans.containsBean(name)) {
      return false;
    }
    Class<?> type = beans.getType(name, false);
    return type != null && type.getName().startsWith(OUR_PACKAGES) && kind.isAssignableFrom(type);
  }
}
