package id.go.mojokertokab.asiek.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link EngineCommandPolicy} into the engine's command chain, behind the opening of the command context. */
@Component
class EnginePolicyPlugin extends AbstractProcessEnginePlugin {

  private final QueryExpressionRule queries;
  private final TaskQueryVariableRule variableSearch;
  private final TaskCommandRules tasks;
  private final FormVariablesNeedToKnow formVariables;
  private final DeploymentRules deployments;

  EnginePolicyPlugin(QueryExpressionRule queries, TaskQueryVariableRule variableSearch, TaskCommandRules tasks,
      FormVariablesNeedToKnow formVariables, DeploymentRules deployments) {
    this.queries = queries;
    this.variableSearch = variableSearch;
    this.tasks = tasks;
    this.formVariables = formVariables;
    this.deployments = deployments;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new EngineCommandPolicy(queries, variableSearch, tasks, formVariables, deployments));
  }
}
