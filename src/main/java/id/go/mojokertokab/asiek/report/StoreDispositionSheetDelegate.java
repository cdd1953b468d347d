package id.go.mojokertokab.asiek.report;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StoreDispositionSheet: the KADIS's disposition as a PDF document of the activity, made once; reads activityNumber. */
@Component
record StoreDispositionSheetDelegate(DispositionSheets sheets) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    sheets.storeFromHistory(Vars.ACTIVITY_NUMBER.require(execution));
  }
}
