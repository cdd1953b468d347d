package id.go.mojokertokab.asiek.security;

import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Whether the model catches a BPMN error or escalation thrown from a user task: a boundary event on the task, or an
 * event sub-process around it. Without a catcher the engine would end the task's path silently (a parallel join then
 * waits forever), so such a throw is refused.
 */
@Component
class CaughtEvents {

  boolean errorCaught(DelegateTask task, String code) {
    return caught(task, definition -> definition instanceof ErrorEventDefinition error
        && (error.getError() == null || error.getError().getErrorCode() == null || error.getError().getErrorCode().equals(code)));
  }

  boolean escalationCaught(DelegateTask task, String code) {
    return caught(task, definition -> definition instanceof EscalationEventDefinition escalation
        && (escalation.getEscalation() == null || escalation.getEscalation().getEscalationCode() == null
            || escalation.getEscalation().getEscalationCode().equals(code)));
  }

  private static boolean caught(DelegateTask task, Predicate<EventDefinition> catches) {
    FlowElement element = task.getBpmnModelElementInstance();
    if (element == null) {
      return false;
    }
    for (BoundaryEvent boundary : element.getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
      if (boundary.getAttachedTo() == element && boundary.getEventDefinitions().stream().anyMatch(catches)) {
        return true;
      }
    }
    for (ModelElementInstance scope = element.getParentElement(); scope != null; scope = scope.getParentElement()) {
      for (SubProcess eventSubProcess : scope.getChildElementsByType(SubProcess.class)) {
        if (eventSubProcess.triggeredByEvent() && eventSubProcess.getChildElementsByType(StartEvent.class).stream()
            .anyMatch(start -> start.getEventDefinitions().stream().anyMatch(catches))) {
          return true;
        }
      }
    }
    return false;
  }
}
