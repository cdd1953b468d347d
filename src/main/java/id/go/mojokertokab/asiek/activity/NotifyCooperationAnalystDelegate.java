package id.go.mojokertokab.asiek.activity;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.DISPOSITION_FORWARDED_TO;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.DISPOSITION_INSTRUCTION;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.DISPOSITION_NOTE;

import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.notification.StaffDirectory;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.sop.SopStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyCooperationAnalyst: mails the accepted disposition to the analyst lane; reads activityNumber and the
 * disposition fields.
 */
@Component
record NotifyCooperationAnalystDelegate(ActivityRepository activities, MailService mail, StaffDirectory staff, MailProperties mailProperties) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Activity activity = activities.get(ACTIVITY_NUMBER.get(execution));
    String forwardedTo = staff.groupName(DISPOSITION_FORWARDED_TO.get(execution));
    mail.sendOnce(RequestLetters.dispositionForwarded(activity, staff.emailsOf(Lanes.ANALIS_KERJASAMA),
        DISPOSITION_INSTRUCTION.get(execution), DISPOSITION_NOTE.get(execution),
        forwardedTo, SopStep.of(execution.getBpmnModelInstance(), Elements.TASK_COORDINATE_WITH_REQUESTER).get(0).reference(),
        mailProperties.publicUrl() + "/camunda/app/tasklist/default/"));
    activities.updateStatus(activity.activityNumber(), ActivityStatus.ACCEPTED);
  }
}
