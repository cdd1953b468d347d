package id.go.mojokertokab.asiek.workshop;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop.PRACTICE_GROUP;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop.PRACTICE_RESULT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop.PRACTICE_RESULTS;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.report.ProcessHistory;
import id.go.mojokertokab.asiek.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** The report's practice results per group, as JF Pustakawan recorded them (row 5). */
@Component
record PracticeResultsSection(ActivityRepository activities, ProcessHistory history) implements ReportSection {

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String title() {
    return "Hasil praktik per kelompok";
  }

  @Override
  public Optional<Table> table(String activityNumber) {
    Object recorded = history.variables(activities.get(activityNumber).processInstanceId()).get(PRACTICE_RESULTS.name());
    SpinJsonNode items = recorded instanceof SpinJsonNode node ? node : recorded instanceof String text ? Spin.JSON(text) : null;
    if (items == null || !items.isArray() || items.elements().isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    for (SpinJsonNode item : items.elements()) {
      rows.add(List.of(Integer.toString(rows.size() + 1), text(item, PRACTICE_GROUP), text(item, PRACTICE_RESULT)));
    }
    return Optional.of(new Table(List.of("No", "Kelompok", "Hasil praktik"), rows, null));
  }

  private static String text(SpinJsonNode item, String key) {
    return item.hasProp(key) && item.prop(key).isString() ? item.prop(key).stringValue() : "–";
  }
}
