package id.go.mojokertokab.asiek.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Decides, inside the engine, on every command a signed-in staff member asks for (REST API, Tasklist, Cockpit): the
 * command as the engine received it, after JSON decoding and routing, whatever URL or encoding carried it. Runs after
 * the command context is open; only the outermost command is judged (what the caller asked for, not what the engine
 * does on its behalf). Administrators (camunda-admin) and the engine's own work (no signed-in user: job executor,
 * start-up) pass unchanged, except for expressions in queries, which nobody may smuggle in.
 * One instance, a bean, in the chain of the one engine.
 */
@Component
class EngineCommandPolicy extends CommandInterceptor {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private final QueryExpressionRule queries;
  private final TaskQueryVariableRule variableSearch;
  private final TaskCommandRules tasks;
  private final FormVariablesNeedToKnow formVariables;
  private final DeploymentRules deployments;

  EngineCommandPolicy(QueryExpressionRule queries, TaskQueryVariableRule variableSearch, TaskCommandRules tasks,
      FormVariablesNeedToKnow formVariables, DeploymentRules deployments) {
    this.queries = queries;
    this.variableSearch = variableSearch;
    this.tasks = tasks;
    this.formVariables = formVariables;
    this.deployments = deployments;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int depth = DEPTH.get();
    if (depth > 0) {
      return next.execute(command);
    }
    DEPTH.set(1);
    try {
      return judge(command);
    } finally {
      DEPTH.remove();
    }
  }

  private <T> T judge(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    queries.check(command);
    String userId = context.getAuthenticatedUserId();
    List<String> groups = context.getAuthenticatedGroupIds() == null ? List.of() : context.getAuthenticatedGroupIds();
    if (userId == null || !context.isAuthorizationCheckEnabled() || groups.contains(Groups.CAMUNDA_ADMIN)) {
      return next.execute(command);
    }
    Caller caller = new Caller(userId, groups);
    if (!caller.inAny(Lanes.COCKPIT_READERS)) {
      variableSearch.check(command);
    }
    deployments.decide(command, caller);
    Verdict verdict = tasks.decide(command, caller, context);
    if (verdict == Verdict.ALLOWED_BY_POLICY) {
      // The caller holds no Camunda permission for this (e.g. TASK_ASSIGN); our rule allowed exactly this change.
      context.disableAuthorizationCheck();
      try {
        return next.execute(command);
      } finally {
        context.enableAuthorizationCheck();
      }
    }
    formVariables.narrow(command, context);
    T result = next.execute(command);
    return formVariables.escape(command, result, context);
  }

  /** A signed-in staff member who is not an administrator. */
  record Caller(String userId, List<String> groups) {

    boolean inAny(java.util.Collection<String> wanted) {
      return groups.stream().anyMatch(wanted::contains);
    }
  }

  enum Verdict {
    /** Camunda's own authorization decides. */
    ENGINE_DECIDES,
    /** Our rule allows it although the caller holds no Camunda permission for it. */
    ALLOWED_BY_POLICY
  }
}
