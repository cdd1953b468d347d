package id.go.mojokertokab.asiek.archive;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.activity.ActivityStatus;
import id.go.mojokertokab.asiek.participant.AttendanceFiling;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ArchiveActivity: files the closed attendance lists as documents, then writes the activity's BagIt package once
 * (a retry adopts the package an earlier try wrote) and marks the activity completed; reads activityNumber.
 */
@Component
record ArchiveActivityDelegate(AttendanceFiling attendance, ArchiveService archives,
    ActivityRepository activities) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String number = Vars.ACTIVITY_NUMBER.require(execution);
    attendance.fileClosedLists(number);
    archives.archive(number);
    activities.updateStatus(number, ActivityStatus.COMPLETED);
  }
}
