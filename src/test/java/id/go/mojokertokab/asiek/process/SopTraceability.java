package id.go.mojokertokab.asiek.process;

import id.go.mojokertokab.asiek.sop.SopStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The SOP traceability matrix: for every row of the SOP table (1–8 and row 8's second output), every actor, every item
 * of equipment and every record kept, the elements of the model that carry it. A row is carried by a task whose mutu
 * baku (camunda:properties) names it as printed: a user task, or the service task that makes a row's output by itself. Read from the BPMN as Modeler saves it
 * and from the SOP as printed (src/test/resources/sop/mutu-baku.tsv and the lists below, from ../shared/sop/SOP.md).
 */
record SopTraceability(List<Line> lines) {

  /** One item of the SOP and the model elements that carry it (none: missing). */
  record Line(String part, String item, List<String> carriedBy) {
    boolean carried() {
      return !carriedBy.isEmpty();
    }

    String key() {
      return part + ": " + item;
    }
  }

  static final List<String> ACTORS = List.of("Peserta", "Staf Analis Kerjasama", "JF Pustakawan", "Agendaris Surat", "KADIS",
      "Bidang Pengembangan", "Kasubag Umum", "Narasumber", "Staf Kebersihan", "Staf Bagian Dokumentasi");
  /** Peralatan/perlengkapan, as the model may word them. */
  static final Map<String, String> EQUIPMENT = orderedMap(
      "Komputer PC dan printer", "pc dan printer",
      "Kertas HVS", "kertas hvs",
      "Sound system", "sound system",
      "Meja dan kursi", "meja dan kursi",
      "Proyektor", "proyektor",
      "Kamera", "kamera",
      "Alat dan bahan pelatihan", "alat dan bahan pelatihan");
  /** Pencatatan dan pendataan: a record is carried by a user task whose output names it. */
  static final Map<String, String> RECORDS = orderedMap(
      "Foto kegiatan", "foto",
      "Video kegiatan", "video",
      "Surat pengajuan kerja sama", "surat permohonan",
      "Daftar hadir peserta", "daftar hadir");

  static SopTraceability of(BpmnModelInstance model, Path sopTable) throws IOException {
    List<Line> lines = new ArrayList<>();
    List<UserTask> userTasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    // A row's output is carried by the user task that serves it, or by the service task that produces it (the archive).
    List<Task> allTasks = List.copyOf(model.getModelElementsByType(Task.class));
    for (String row : Files.readAllLines(sopTable).stream().skip(1).toList()) {
      String[] c = row.split("\t");
      String output = c[4];
      List<String> carriers = allTasks.stream().filter(t -> c[0].equals(SopStep.properties(t).get("sopLangkah"))
          && output.equals(SopStep.properties(t).get("output"))).map(BaseElement::getId).sorted().toList();
      lines.add(new Line("Langkah " + c[0], c[1] + " → " + output, carriers));
    }
    for (String actor : ACTORS) {
      List<String> tasks = model.getModelElementsByType(Lane.class).stream().filter(l -> actor.equals(l.getName()))
          .flatMap(l -> tasksIn(l.getFlowNodeRefs()).stream()).sorted().toList();
      lines.add(new Line("Pelaksana", actor, tasks));
    }
    for (Map.Entry<String, String> item : EQUIPMENT.entrySet()) {
      lines.add(new Line("Peralatan", item.getKey(), mentioning(model, item.getValue(), SopTraceability::words)));
    }
    for (Map.Entry<String, String> item : RECORDS.entrySet()) {
      lines.add(new Line("Pencatatan", item.getKey(), userTasks.stream()
          .filter(t -> SopStep.properties(t).getOrDefault("output", "").toLowerCase(Locale.ROOT).contains(item.getValue()))
          .map(BaseElement::getId).sorted().toList()));
    }
    return new SopTraceability(List.copyOf(lines));
  }

  List<String> missing() {
    return lines.stream().filter(l -> !l.carried()).map(Line::key).toList();
  }

  String markdown() {
    StringBuilder table = new StringBuilder("| bagian SOP | butir | dibawa oleh |\n| --- | --- | --- |\n");
    for (Line line : lines) {
      table.append("| ").append(line.part()).append(" | ").append(line.item()).append(" | ")
          .append(line.carried() ? String.join(", ", line.carriedBy()) : "**belum dimodelkan**").append(" |\n");
    }
    return table.toString();
  }

  /** Tasks among the lane's nodes, and the tasks inside its subprocesses. */
  private static List<String> tasksIn(Collection<FlowNode> nodes) {
    List<String> tasks = new ArrayList<>();
    for (FlowNode node : nodes) {
      if (node instanceof Task) {
        tasks.add(node.getId());
      } else if (node instanceof SubProcess sub) {
        tasks.addAll(tasksIn(sub.getChildElementsByType(FlowNode.class)));
      }
    }
    return tasks;
  }

  /** Elements whose name, documentation or mutu baku mention {@code words}. */
  private static List<String> mentioning(BpmnModelInstance model, String words, Function<FlowElement, String> text) {
    return model.getModelElementsByType(FlowElement.class).stream()
        .filter(e -> text.apply(e).contains(words)).map(BaseElement::getId).sorted().toList();
  }

  private static String words(FlowElement element) {
    String documentation = element.getDocumentations().stream().map(Documentation::getTextContent).collect(Collectors.joining(" "));
    return (element.getName() + " " + documentation + " " + String.join(" ", SopStep.properties(element).values()))
        .toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
