package id.go.mojokertokab.asiek.activity;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.ACTIVITY_NUMBER;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.REJECTION_REASON;

import id.go.mojokertokab.asiek.notification.MailService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendRejectionLetter: mails the rejection letter to the requester; reads activityNumber, rejectionReason. */
@Component
record SendRejectionLetterDelegate(ActivityRepository activities, MailService mail) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Activity activity = activities.get(ACTIVITY_NUMBER.get(execution));
    mail.sendOnce(RequestLetters.rejection(activity, REJECTION_REASON.get(execution)));
    activities.updateStatus(activity.activityNumber(), ActivityStatus.REJECTED);
  }
}
