package id.go.mojokertokab.asiek.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CommandArguments;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.query.Query;
import org.springframework.stereotype.Component;

/**
 * Closes the gap of an advisory against 7.24.0: the engine refuses expressions (${…}, #{…}) in ad-hoc task queries, but
 * never validates the {@code orQueries} of a query, so an expression there reaches the expression language with the
 * caller's rights. Here every "or" branch of an ad-hoc task query (asked directly or to extend a stored filter) is held
 * to the engine's own rule for ad-hoc queries. Stored filters, which only administrators may create or change, keep
 * their expressions (the "Tugas saya" filter uses ${currentUser()}).
 */
@Component
class QueryExpressionRule {

  void check(Command<?> command) {
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    if (engine.isEnableExpressionsInAdhocQueries()) {
      return;
    }
    if (command instanceof TaskQueryImpl query) {
      refuseExpressions(query);
    } else if (command instanceof AbstractExecuteFilterCmd filter) {
      Query<?, ?> extending = CommandArguments.extendingQuery(filter);
      if (extending instanceof TaskQueryImpl query) {
        refuseExpressions(query);
      }
    }
  }

  private static void refuseExpressions(TaskQueryImpl query) {
    for (TaskQueryImpl branch : query.getQueries()) {
      if (!branch.getExpressions().isEmpty()) {
        throw new BadUserRequestException("Kueri tidak boleh memuat ekspresi (${...} atau #{...}), juga di dalam orQueries.");
      }
    }
  }
}
