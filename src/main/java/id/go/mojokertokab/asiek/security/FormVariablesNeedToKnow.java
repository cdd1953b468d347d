package id.go.mojokertokab.asiek.security;

import id.go.mojokertokab.asiek.form.DeployedForms;
import id.go.mojokertokab.asiek.form.FormSchema;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.CommandArguments;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A task's form variables (what Tasklist loads to fill a form) hold only what that task's form shows or submits, not
 * every variable of the activity: cleaning staff see the room and the schedule, not the requester's phone or the
 * KADIS's internal note. Values the form only shows are escaped for its Markdown texts, so a requester's
 * "[klik](http://…)" shows as typed; the few texts our own code writes as Markdown ({@link Vars#MARKDOWN}) stay as they
 * are (their writers escape what they insert).
 */
@Component
record FormVariablesNeedToKnow(DeployedForms forms) {

  /** Before the engine collects the variables: ask it only for those the form needs. */
  void narrow(Command<?> command, CommandContext context) {
    if (command instanceof GetTaskFormVariablesCmd formVariables) {
      schema(command, context).ifPresent(schema -> {
        Set<String> wanted = new LinkedHashSet<>(schema.referencedVariables());
        if (formVariables.formVariableNames != null) {
          wanted.retainAll(formVariables.formVariableNames);
        }
        formVariables.formVariableNames = wanted;
      });
    }
  }

  /** After: escape what the form only shows. */
  @SuppressWarnings("unchecked")
  <T> T escape(Command<T> command, T result, CommandContext context) {
    if (!(command instanceof GetTaskFormVariablesCmd) || !(result instanceof VariableMap variables)) {
      return result;
    }
    Optional<FormSchema> schema = schema(command, context);
    if (schema.isEmpty()) {
      return result;
    }
    VariableMap escaped = Variables.createVariables();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      if (value instanceof StringValue text && text.getValue() != null && schema.get().isShownOnly(name)
          && !Vars.MARKDOWN.contains(name)) {
        escaped.putValueTyped(name, Variables.stringValue(Markdown.escape(text.getValue())));
      } else {
        escaped.putValueTyped(name, value);
      }
    }
    return (T) escaped;
  }

  private Optional<FormSchema> schema(Command<?> command, CommandContext context) {
    return CommandArguments.taskId(command)
        .map(id -> context.getTaskManager().findTaskById(id))
        .flatMap(task -> forms.of((TaskEntity) task));
  }
}
