package id.go.mojokertokab.asiek.security;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.QueryEntityRelationCondition;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryProperty;
import org.camunda.bpm.engine.impl.VariableOrderProperty;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CommandArguments;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Lanes search and sort their tasks by what their task lists show (the activity number and the institution), not by
 * any variable of the activity: a search for "contactPhone like 0812%" answers yes or no and, asked often enough, spells
 * out a value the lane may not read. Supervisors, who read every variable in Cockpit, may search by any.
 */
@Component
class TaskQueryVariableRule {

  static final Set<String> SEARCHABLE = Set.of(Vars.ACTIVITY_NUMBER.name(), Vars.INSTITUTION_NAME.name());

  void check(Command<?> command) {
    TaskQueryImpl query = null;
    if (command instanceof TaskQueryImpl direct) {
      query = direct;
    } else if (command instanceof AbstractExecuteFilterCmd filter && CommandArguments.extendingQuery(filter) instanceof TaskQueryImpl extending) {
      query = extending;
    }
    if (query == null) {
      return;
    }
    Stream<String> searched = query.getQueries().stream().flatMap(branch -> branch.getVariables().stream()).map(v -> v.getName());
    Stream<String> sorted = query.getOrderingProperties().stream().filter(VariableOrderProperty.class::isInstance)
        .flatMap(order -> order.getRelationConditions().stream())
        .filter(condition -> condition.getProperty() == VariableInstanceQueryProperty.VARIABLE_NAME)
        .map(QueryEntityRelationCondition::getScalarValue).map(String::valueOf);
    Stream.concat(searched, sorted).filter(name -> !SEARCHABLE.contains(name)).findFirst().ifPresent(name -> {
      throw new BadUserRequestException("Tugas hanya dapat dicari dan diurutkan menurut nomor kegiatan dan lembaga pemohon, tidak menurut \""
          + name + "\".");
    });
  }
}
