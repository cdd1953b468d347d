package id.go.mojokertokab.asiek.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link EngineCommandPolicy} into the engine's command chain, behind the opening of the command context. */
@Component
class EnginePolicyPlugin extends AbstractProcessEnginePlugin {

  private final EngineCommandPolicy policy;

  EnginePolicyPlugin(EngineCommandPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(policy);
  }
}
