package id.go.mojokertokab.asiek.form;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one form shows that changes while its task waits (counts, lists) or that must never be stored in the engine
 * (personal data): computed each time Tasklist loads the form's variables, handed to that one reader, and never written
 * to a variable, so no history, Cockpit or REST read can find it. A Spring bean per form (annotated {@link FormBean}); {@link LiveFormVariablesPlugin}
 * calls it for every task whose formRef is {@link #formId()}.
 */
public interface LiveFormVariables extends ServesForm {

  /**
   * @param reader who loads the form: their user id and groups; empty groups and a null id for the engine itself
   * @return the values by variable name; Markdown texts must escape whatever they insert
   */
  Map<String, TypedValue> variables(DelegateTask task, Reader reader);

  /** Who loads a form. */
  record Reader(String userId, List<String> groups) {

    public Reader {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public boolean inAny(java.util.Collection<String> wanted) {
      return groups.stream().anyMatch(wanted::contains);
    }
  }
}
