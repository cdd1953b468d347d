package id.go.mojokertokab.asiek.operations;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.CommandArguments;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * When an operator gives a failed job new retries (Cockpit's "Retry" on an incident, PUT /job/{id}/retries) without
 * choosing a due date, the job runs now: the engine would otherwise keep the due date of the failed attempt's next try,
 * up to ten minutes later (R5/PT10M). The job executor is woken when the change commits.
 */
class RetriedJobsRunNow extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (command instanceof SetJobRetriesCmd retry && !CommandArguments.retryDueDateChosen(retry)) {
      dueNow(Context.getCommandContext(), retry);
    }
    return result;
  }

  private static void dueNow(CommandContext context, SetJobRetriesCmd retry) {
    String definition = CommandArguments.retriedJobDefinition(retry);
    List<JobEntity> jobs = definition != null ? context.getJobManager().findJobsByJobDefinitionId(definition)
        : CommandArguments.retriedJobs(retry).stream().map(context.getJobManager()::findJobById).toList();
    Date now = ClockUtil.getCurrentTime();
    boolean moved = false;
    for (JobEntity job : jobs) {
      if (job != null && job.getRetries() > 0 && job.getExceptionMessage() != null && job.getDuedate() != null
          && job.getDuedate().after(now)) {
        job.setDuedate(now);
        moved = true;
      }
    }
    if (moved) {
      ProcessEngineConfigurationImpl configuration = context.getProcessEngineConfiguration();
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> {
        JobExecutor executor = configuration.getJobExecutor();
        if (executor != null && executor.isActive()) {
          executor.jobWasAdded();
        }
      });
    }
  }
}
