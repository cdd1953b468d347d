package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import id.go.mojokertokab.asiek.notification.StaffDirectory;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.security.Lanes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendActivityReport: mails the approved report to the requester's contact and to the KADIS, each once; reads activityNumber. */
@Component
record SendActivityReportDelegate(ActivityReports reports, ActivityRepository activities, ProcessHistory history,
    StaffDirectory staff, MailService mail) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Activity activity = activities.get(Vars.ACTIVITY_NUMBER.require(execution));
    OutgoingMail.Attachment report = new OutgoingMail.Attachment("laporan-pelaksanaan-" + activity.activityNumber() + ".pdf",
        "application/pdf", reports.approved(activity.activityNumber()));
    mail.sendOnce(ReportMails.toRequester(activity, report));
    String approvedBy = history.completedBy(execution.getProcessInstanceId(), Elements.TASK_REVIEW_ACTIVITY_REPORT).map(history::nameOf).orElse("Bidang Pengembangan");
    mail.sendOnce(ReportMails.toHead(activity, staff.emailsOf(Lanes.KADIS), approvedBy, report));
  }
}
