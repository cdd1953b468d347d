package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.security.Lanes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The outputs of an SOP row that are files, and which of them an activity still lacks. Read from the table "Output" as
 * printed: row 3 "Copy surat permohonan dan disposisi" (the request letter scan and the disposition sheet), row 4 the
 * speaker's material (the printed output of row 4 is shifted, see the documentation of Task_DeliverMaterial in the
 * model), row 7 "Foto, video dan hasil editing video". The task completion check calls {@link #check} and refuses the
 * task with {@link Check#sentence()}, which says who uploads each missing file (its kind's uploaders).
 */
@Service
public class RequiredOutputs {

  /** Each kind named must have at least one document. */
  static final Map<String, List<DocumentKind>> BY_ROW = Map.of(
      "3", List.of(DocumentKind.SURAT_PERMOHONAN, DocumentKind.LEMBAR_DISPOSISI),
      "4", List.of(DocumentKind.MATERI),
      "7", List.of(DocumentKind.FOTO, DocumentKind.VIDEO, DocumentKind.VIDEO_EDIT));

  private final DocumentRepository documents;
  private final MailProperties mail;

  RequiredOutputs(DocumentRepository documents, MailProperties mail) {
    this.documents = documents;
    this.mail = mail;
  }

  /**
   * What the row requires and what is missing, for the task of {@code taskLane}; {@code missing} is empty where the row
   * requires no file.
   */
  public record Check(String activityNumber, String sopRow, List<DocumentKind> required, List<DocumentKind> missing, String taskLane,
      String page) {

    public boolean complete() {
      return missing.isEmpty();
    }

    /**
     * What is missing and who provides it, as each kind's uploaders say: a kind the task's own lane uploads is theirs to
     * upload ("… belum ada foto kegiatan. Unggah di http://…/dokumen, lalu selesaikan tugas ini lagi."); any other kind
     * names the lane that uploads it ("… belum ada surat permohonan. Surat permohonan diunggah oleh Agendaris Surat; minta
     * Agendaris Surat mengunggahnya di halaman dokumen kegiatan (http://…/dokumen), lalu selesaikan tugas ini lagi.").
     * Empty when complete.
     */
    public String sentence() {
      if (complete()) {
        return "";
      }
      String head = "Keluaran SOP langkah " + sopRow + " belum lengkap: belum ada " + listed(missing) + ".";
      List<DocumentKind> own = missing.stream().filter(kind -> kind.uploaders().contains(taskLane)).toList();
      if (own.size() == missing.size()) {
        return head + " Unggah di " + page + ", lalu selesaikan tugas ini lagi.";
      }
      Map<List<String>, List<DocumentKind>> othersByUploaders = missing.stream().filter(kind -> !own.contains(kind))
          .collect(Collectors.groupingBy(DocumentKind::uploaders, LinkedHashMap::new, Collectors.toList()));
      List<String> clauses = new ArrayList<>();
      othersByUploaders.forEach((lanes, kinds) -> clauses.add(capitalised(listed(kinds)) + " diunggah oleh " + Lanes.names(lanes)
          + "; minta " + Lanes.names(lanes) + " mengunggahnya"));
      if (own.isEmpty() && clauses.size() == 1) {
        return head + " " + clauses.get(0) + " di halaman dokumen kegiatan (" + page + "), lalu selesaikan tugas ini lagi.";
      }
      if (!own.isEmpty()) {
        clauses.add(capitalised(listed(own)) + " dapat Anda unggah sendiri");
      }
      return head + " " + String.join(". ", clauses) + ". Halaman dokumen kegiatan: " + page
          + "; setelah semuanya ada, selesaikan tugas ini lagi.";
    }

    private static String listed(List<DocumentKind> kinds) {
      List<String> labels = kinds.stream().map(DocumentKind::label).toList();
      return labels.size() == 1 ? labels.get(0)
          : String.join(", ", labels.subList(0, labels.size() - 1)) + " dan " + labels.get(labels.size() - 1);
    }

    private static String capitalised(String text) {
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }

  /** What the row still lacks, phrased for the lane whose task asks ({@code taskLane}, a group id of {@link Lanes}). */
  public Check check(String activityNumber, String sopRow, String taskLane) {
    List<DocumentKind> required = required(sopRow);
    List<DocumentKind> missing = required.stream().filter(kind -> documents.count(activityNumber, kind) == 0).toList();
    return new Check(activityNumber, sopRow, required, missing, taskLane, pageOf(activityNumber));
  }

  public static List<DocumentKind> required(String sopRow) {
    return BY_ROW.getOrDefault(sopRow, List.of());
  }

  /** The upload page of the activity, as staff reach it. */
  public String pageOf(String activityNumber) {
    return mail.publicUrl().replaceAll("/+$", "") + DocumentsPage.path(activityNumber);
  }
}
