package id.go.mojokertokab.asiek.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every SOP row (1–8 and row 8's second output), actor, item of equipment and record kept is carried by the model. The
 * matrix is printed and written to target/sop-traceability.md (the README shows it).
 */
class SopTraceabilityTest {

  static final Path SOP_TABLE = Path.of("src/test/resources/sop/mutu-baku.tsv");

  @Test
  void everySopItemIsCarriedByTheModel() throws Exception {
    SopTraceability matrix = SopTraceability.of(Bpmn.readModelFromFile(ProcessModelConventionsTest.MODEL.toFile()), SOP_TABLE);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/sop-traceability.md"), matrix.markdown());
    System.out.println("SOP traceability (" + (matrix.lines().size() - matrix.missing().size()) + " of " + matrix.lines().size()
        + " carried)\n" + matrix.markdown());

    assertThat(matrix.lines()).hasSize(9 + 10 + 7 + 4);
    assertThat(matrix.missing()).isEmpty();
  }

  @Test
  void anItemTakenOutOfTheModelShowsAsMissing() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(ProcessModelConventionsTest.MODEL.toFile());
    UserTask disposition = model.getModelElementById(PustakaAsiekProcess.Elements.TASK_DISPOSE_REQUEST);
    disposition.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
        .singleResult().getCamundaProperties().stream().filter(p -> "output".equals(p.getCamundaName())).findFirst()
        .ifPresent(p -> p.setCamundaValue("(dihapus)"));
    UserTask equipment = model.getModelElementById(PustakaAsiekProcess.Elements.TASK_PREPARE_EQUIPMENT);
    equipment.getDocumentations().forEach(d -> d.setTextContent(d.getTextContent().replace("proyektor", "layar")));
    Lane speaker = model.getModelElementById("Lane_Narasumber");
    speaker.getFlowNodeRefs().clear();
    org.camunda.bpm.model.bpmn.instance.ServiceTask archive = model.getModelElementById(PustakaAsiekProcess.Elements.TASK_ARCHIVE_ACTIVITY);
    archive.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
        .singleResult().getCamundaProperties().stream().filter(p -> "sopLangkah".equals(p.getCamundaName())).findFirst()
        .ifPresent(p -> p.setCamundaValue("7"));
    UserTask opening = model.getModelElementById(PustakaAsiekProcess.Elements.TASK_OPEN_WORKSHOP);
    opening.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
        .singleResult().getCamundaProperties().stream().filter(p -> "output".equals(p.getCamundaName())).findFirst()
        .ifPresent(p -> p.setCamundaValue("(dihapus)"));
    UserTask documentation = model.getModelElementById(PustakaAsiekProcess.Elements.TASK_DELIVER_DOCUMENTATION);
    documentation.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
        .singleResult().getCamundaProperties().stream().filter(p -> "output".equals(p.getCamundaName())).findFirst()
        .ifPresent(p -> p.setCamundaValue("Dokumentasi"));

    List<String> missing = SopTraceability.of(model, SOP_TABLE).missing();

    assertThat(missing).contains("Langkah 1: Kegiatan Pustaka ASIEK → Diserahkannya surat permohonan yang telah di disposisi oleh Kadis ke Sie. ProKer",
        "Pelaksana: Narasumber", "Peralatan: Proyektor", "Pencatatan: Surat pengajuan kerja sama",
        "Langkah 8: Pelaporan pelaksanaan kegiatan → Terarsipkannya dokumen kegiatan",
        "Langkah 3: Sambutan dan Pelaporan Kegiatan → Copy surat permohonan dan disposisi",
        "Langkah 7: Workshop Selesai → Foto, video dan hasil editing video", "Pencatatan: Foto kegiatan", "Pencatatan: Video kegiatan");
  }
}
