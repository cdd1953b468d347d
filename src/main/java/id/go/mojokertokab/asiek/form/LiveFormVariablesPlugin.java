package id.go.mojokertokab.asiek.form;

import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CommandArguments;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link LiveFormVariables} of a task's form to what the engine answers when a task's form variables are
 * loaded (GET /task/{id}/form-variables, as Tasklist asks for them). The engine checked the reader's right to the task
 * before; the values exist only in that answer.
 */
@Component
class LiveFormVariablesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<LiveFormVariables> live;
  private final DeployedForms forms;
  private volatile Map<String, LiveFormVariables> byForm;

  /** The providers are looked up on first use: they may need the engine's services, which need this plugin first. */
  LiveFormVariablesPlugin(ObjectProvider<LiveFormVariables> live, DeployedForms forms) {
    this.live = live;
    this.forms = forms;
  }

  private Map<String, LiveFormVariables> byForm() {
    if (byForm == null) {
      byForm = live.orderedStream().collect(Collectors.toMap(LiveFormVariables::formId, Function.identity()));
    }
    return byForm;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new Interceptor());
  }

  private final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetTaskFormVariablesCmd && result instanceof VariableMap variables && !byForm().isEmpty()) {
        add(command, variables);
      }
      return result;
    }

    private void add(Command<?> command, VariableMap variables) {
      CommandContext context = Context.getCommandContext();
      TaskEntity task = CommandArguments.taskId(command).map(id -> context.getTaskManager().findTaskById(id)).orElse(null);
      if (task == null) {
        return;
      }
      forms.of(task).map(schema -> byForm().get(schema.id())).ifPresent(live -> {
        LiveFormVariables.Reader reader = new LiveFormVariables.Reader(context.getAuthenticatedUserId(), context.getAuthenticatedGroupIds());
        Map<String, TypedValue> values = context.runWithoutAuthorization(() -> live.variables(task, reader));
        values.forEach(variables::putValueTyped);
      });
    }
  }
}
