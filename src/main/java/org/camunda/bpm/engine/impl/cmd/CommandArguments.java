package org.camunda.bpm.engine.impl.cmd;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * Reads the arguments of the engine's commands that Pustaka ASIEK's command policy decides on. The engine keeps them
 * protected, so this class lives in the engine's package; a Camunda upgrade that renames one fails our build (and
 * EngineCommandPolicyTest), never production.
 */
public final class CommandArguments {

  private CommandArguments() {}

  /** The task a task command works on, when it works on exactly one. */
  public static Optional<String> taskId(Command<?> command) {
    String taskId = null;
    if (command instanceof ClaimTaskCmd claim) {
      taskId = claim.taskId;
    } else if (command instanceof CompleteTaskCmd complete) {
      taskId = complete.taskId;
    } else if (command instanceof SubmitTaskFormCmd submit) {
      taskId = submit.taskId;
    } else if (command instanceof AbstractSetTaskPropertyCmd<?> property) {
      taskId = property.taskId;
    } else if (command instanceof DelegateTaskCmd delegate) {
      taskId = delegate.taskId;
    } else if (command instanceof DeleteIdentityLinkCmd link) {
      taskId = link.taskId;
    } else if (command instanceof HandleTaskBpmnErrorCmd error) {
      taskId = error.taskId;
    } else if (command instanceof HandleTaskEscalationCmd escalation) {
      taskId = escalation.taskId;
    } else if (command instanceof AddCommentCmd comment) {
      taskId = comment.taskId;
    } else if (command instanceof SaveTaskCmd save && save.task != null) {
      taskId = save.task.getId();
    } else if (command instanceof GetTaskFormVariablesCmd formVariables) {
      taskId = formVariables.resourceId;
    }
    return Optional.ofNullable(taskId);
  }

  /** The user a claim is made for; null releases the task. */
  public static String claimedFor(ClaimTaskCmd command) {
    return command.userId;
  }

  /** The user an assignment names; null releases the task (REST "unclaim"). */
  public static String assignee(AssignTaskCmd command) {
    return command.userId;
  }

  /** The task as the caller changed it, with its property changes. */
  public static TaskEntity savedTask(SaveTaskCmd command) {
    return command.task;
  }

  public static String businessKey(SubmitStartFormCmd command) {
    return command.businessKey;
  }

  public static String errorCode(HandleTaskBpmnErrorCmd command) {
    return command.errorCode;
  }

  public static String escalationCode(HandleTaskEscalationCmd command) {
    return command.escalationCode;
  }

  /** The process instance a comment is written on when it names no task. */
  public static String commentedProcessInstance(AddCommentCmd command) {
    return command.processInstanceId;
  }

  public static String commentText(AddCommentCmd command) {
    return command.message;
  }

  /** What a caller adds to a stored filter's query when listing it (may be null). */
  public static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
    return command.extendingQuery;
  }

  /** The jobs whose retries a command sets, by id (empty when it names a job definition). */
  public static List<String> retriedJobs(SetJobRetriesCmd command) {
    if (command.jobId != null) {
      return List.of(command.jobId);
    }
    return command.jobIds == null ? List.of() : List.copyOf(command.jobIds);
  }

  /** The job definition whose failed jobs a command retries, or null. */
  public static String retriedJobDefinition(SetJobRetriesCmd command) {
    return command.jobDefinitionId;
  }

  /** Whether the caller chose the retried jobs' due date. */
  public static boolean retryDueDateChosen(SetJobRetriesCmd command) {
    return command.isDueDateSet;
  }

  /** What a deployment command was asked to deploy: its resources and options. */
  public static DeploymentBuilderImpl deployment(DeployCmd command) {
    return command.deploymentBuilder;
  }
}
