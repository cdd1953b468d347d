package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StoreActivityReport: keeps the approved report as the activity's LAPORAN document, once; reads activityNumber,
 * reportNarrative, reportConclusions and who completed Task_ReviewActivityReport.
 */
@Component
record StoreActivityReportDelegate(ActivityReports reports, ProcessHistory history) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String approvedBy = history.completedBy(execution.getProcessInstanceId(), Elements.TASK_REVIEW_ACTIVITY_REPORT)
        .orElseThrow(() -> new IllegalStateException("Laporan belum disetujui Bidang Pengembangan."));
    reports.store(Vars.ACTIVITY_NUMBER.require(execution),
        new Narrative(blankToNull(Workshop.REPORT_NARRATIVE.get(execution)), blankToNull(Workshop.REPORT_CONCLUSIONS.get(execution)), approvedBy));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
