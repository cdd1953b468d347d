package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.WorkingTime;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.SopProperties;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A task's mutu baku as the model carries it in camunda:properties (sopLangkah, kelengkapan, waktu, output), with the
 * values printed in the SOP.
 */
public record SopStep(String step, String requirements, String duration, String output) {

  /** The "Uraian kegiatan" of each row of the SOP table. */
  public static final Map<String, String> STEP_NAMES = Map.of(
      "1", "Kegiatan Pustaka ASIEK",
      "2", "Registrasi Peserta",
      "3", "Sambutan dan Pelaporan Kegiatan",
      "4", "Penerangan Materi Oleh Narasumber",
      "5", "Praktik Peserta",
      "6", "Dokumentasi",
      "7", "Workshop Selesai",
      "8", "Pelaporan pelaksanaan kegiatan");

  public static Optional<SopStep> of(BaseElement element) {
    Map<String, String> properties = properties(element);
    if (!properties.containsKey(SopProperties.STEP) || !properties.containsKey(SopProperties.DURATION)) {
      return Optional.empty();
    }
    return Optional.of(new SopStep(properties.get(SopProperties.STEP), properties.getOrDefault(SopProperties.REQUIREMENTS, ""),
        properties.get(SopProperties.DURATION), properties.getOrDefault(SopProperties.OUTPUT, "")));
  }

  public static Map<String, String> properties(BaseElement element) {
    Map<String, String> result = new HashMap<>();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return result;
    }
    for (CamundaProperties group : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : group.getCamundaProperties()) {
        result.put(property.getCamundaName(), property.getCamundaValue());
      }
    }
    return result;
  }

  /** The mutu baku of these elements of the model, in that order (elements without one are left out). */
  public static List<SopStep> of(BpmnModelInstance model, String... elementIds) {
    return Arrays.stream(elementIds).map(id -> (BaseElement) model.getModelElementById(id))
        .map(SopStep::of).flatMap(Optional::stream).toList();
  }

  /** "SOP langkah 2, waktu 1 hari kerja", as mails quote a step (days of waktu are working days). */
  public String reference() {
    return "SOP langkah " + step + ", waktu " + duration + (workingTime().days() > 0 ? " kerja" : "");
  }

  /** "SOP langkah 4 dan 5": the rows several steps serve, each once, in order. */
  public static String rows(List<SopStep> steps) {
    List<String> rows = steps.stream().map(SopStep::step).distinct().sorted().toList();
    return "SOP langkah " + (rows.size() == 1 ? rows.get(0)
        : String.join(", ", rows.subList(0, rows.size() - 1)) + " dan " + rows.get(rows.size() - 1));
  }

  public String stepName() {
    return STEP_NAMES.getOrDefault(step, "");
  }

  public WorkingTime workingTime() {
    return WorkingTime.parse(duration);
  }

  /** "Kertas lembar disposisi, ATK lainnya" gives the two items the actor confirms. */
  public List<String> requirementItems() {
    return Arrays.stream(requirements.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
