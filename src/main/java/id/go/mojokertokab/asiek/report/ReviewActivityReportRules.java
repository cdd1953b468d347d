package id.go.mojokertokab.asiek.report;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.OUTPUT_CONFIRMED;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop.REPORT_NARRATIVE;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;

/**
 * Form_ReviewActivityReport: an approved report carries its narrative, since the stored, archived and mailed report
 * prints it. Holds even where a redeployed form no longer declares the field required.
 */
@FormBean(form = Forms.REVIEW_ACTIVITY_REPORT)
class ReviewActivityReportRules implements FormRules {

  @Override
  public void check(FormCheck check) {
    String narrative = REPORT_NARRATIVE.name();
    if (check.values().isTrue(OUTPUT_CONFIRMED.name()) && check.values().isBlank(narrative)) {
      check.reject(narrative, "Kolom " + check.label(narrative) + " wajib diisi untuk menyetujui laporan.");
    }
  }
}
