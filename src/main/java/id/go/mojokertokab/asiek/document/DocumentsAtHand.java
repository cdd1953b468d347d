package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.form.LiveFormVariables;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a form shows of the activity's documents while its task waits ({@link Vars#ACTIVITY_DOCUMENTS}, Markdown): the
 * documents of the kinds the task needs at hand or must deliver, each a link to the file, and the link to the upload
 * page. Computed when the form is opened, so a document uploaded meanwhile shows at once; only kinds the reader may read
 * are listed. One bean per form, declared by the feature that owns the form.
 */
public class DocumentsAtHand implements LiveFormVariables {

  static final int SHOWN_PER_KIND = 20;

  private final DocumentRepository documents;
  private final String formId;
  private final List<DocumentKind> kinds;
  private final UnaryOperator<String> intro;

  /** @param intro Markdown shown before the list, from the activity number (its values escaped by the caller) */
  public DocumentsAtHand(DocumentRepository documents, String formId, List<DocumentKind> kinds, UnaryOperator<String> intro) {
    this.documents = documents;
    this.formId = formId;
    this.kinds = List.copyOf(kinds);
    this.intro = intro;
  }

  public DocumentsAtHand(DocumentRepository documents, String formId, List<DocumentKind> kinds) {
    this(documents, formId, kinds, number -> "");
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public Map<String, TypedValue> variables(DelegateTask task, Reader reader) {
    String number = Vars.ACTIVITY_NUMBER.get(task);
    return Map.of(Vars.ACTIVITY_DOCUMENTS.name(), Variables.stringValue(markdown(number, task.getId(), reader)));
  }

  String markdown(String number, String taskId, Reader reader) {
    List<Document> all = documents.of(number);
    StringBuilder text = new StringBuilder(intro.apply(number));
    for (DocumentKind kind : kinds) {
      if (reader.userId() != null && !reader.inAny(kind.readers())) {
        continue;
      }
      List<Document> ofKind = all.stream().filter(d -> d.kind() == kind).toList();
      text.append("- **").append(capitalised(kind.label())).append("**: ");
      if (ofKind.isEmpty()) {
        text.append("belum ada");
      } else {
        text.append(String.join(", ", ofKind.stream().limit(SHOWN_PER_KIND)
            .map(d -> "[" + Markdown.escape(d.fileName()) + "](/api/dokumen/" + d.id() + ") (" + Sizes.format(d.size()) + ")").toList()));
        if (ofKind.size() > SHOWN_PER_KIND) {
          text.append(" dan ").append(ofKind.size() - SHOWN_PER_KIND).append(" lainnya");
        }
      }
      text.append('\n');
    }
    return text.append("\n[Buka halaman dokumen kegiatan ").append(Markdown.escape(number)).append("](")
        .append(DocumentsPage.path(number, taskId)).append(") untuk mengunggah berkas (seret dan lepas; unggahan besar dilanjutkan bila")
        .append(" koneksi terputus). Tautan *Kembali ke Tasklist* di atas halaman itu membuka tugas ini lagi.").toString();
  }

  private static String capitalised(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
