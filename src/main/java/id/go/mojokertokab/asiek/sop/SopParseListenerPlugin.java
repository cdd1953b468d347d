package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.form.DeployedForms;
import id.go.mojokertokab.asiek.form.FormSubmissionGuard;
import id.go.mojokertokab.asiek.form.ValidatingTaskFormHandler;
import id.go.mojokertokab.asiek.form.TaskFormData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task and every start event the SOP's cross-cutting behaviour without drawing it: the due date when
 * a task is created (and what its form shows, see TaskFormData), the mutu baku handed to its form whenever the form
 * loads (MutuBakuFormFields), its confirmations kept on the task (TaskConfirmations), the due date kept in step with its
 * timeout, and the server-side form check before a task completes or a start form starts the process. The timeout
 * listener itself is in the model, since it needs a timer definition; a guard test checks every user task has it.
 */
@Component
class SopParseListenerPlugin extends AbstractProcessEnginePlugin {

  private final SopTaskListener sopTaskListener;
  private final FormSubmissionGuard formGuard;
  private final OfficeCalendar calendar;
  private final DeployedForms forms;
  private final Map<String, TaskFormData> formData;

  SopParseListenerPlugin(SopTaskListener sopTaskListener, FormSubmissionGuard formGuard, List<TaskFormData> formData,
      OfficeCalendar calendar, DeployedForms forms) {
    this.sopTaskListener = sopTaskListener;
    this.formGuard = formGuard;
    this.calendar = calendar;
    this.forms = forms;
    this.formData = formData.stream().collect(Collectors.toMap(TaskFormData::formId, Function.identity()));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, sopTaskListener);
        String formId = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formId != null && formData.containsKey(formId)) {
          task.addTaskListener(TaskListener.EVENTNAME_CREATE, formData.get(formId)::prepare);
        }
        task.addTaskListener(TaskListener.EVENTNAME_UPDATE, sopTaskListener);
        task.setTaskFormHandler(new MutuBakuFormFields(
            new ValidatingTaskFormHandler(new TaskConfirmations(task.getTaskFormHandler(), forms), formGuard), calendar));
        // Also when a task is completed without its form (REST /complete, Java API); the engine reports that as HTTP 500.
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, formGuard::checkTaskForm);
      }

      @Override
      public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
        startEventActivity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) formGuard::checkStartForm, 0);
      }
    });
  }
}
