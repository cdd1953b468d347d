package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.security.StaffUser;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * /staf/kegiatan/{nomor}/dokumen: the activity's documents by kind, and uploading into the kinds the user's lanes
 * upload (drag and drop, progress, resumable over tus, photo thumbnails). The page's script calls /api with the
 * Tasklist session and the page's CSRF token. Every form that needs files links here with its task ({@code ?tugas=}),
 * and the page's header links back to that task: the form's link leaves Tasklist in the same tab.
 */
@Controller
class DocumentsPage {

  private final ActivityRepository activities;
  private final DocumentProperties properties;

  DocumentsPage(ActivityRepository activities, DocumentProperties properties) {
    this.activities = activities;
    this.properties = properties;
  }

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  public static String path(String activityNumber) {
    return "/staf/kegiatan/" + activityNumber + "/dokumen";
  }

  /** The page as a task's form links to it, so that its "Kembali ke Tasklist" reopens that task. */
  public static String path(String activityNumber, String taskId) {
    return path(activityNumber) + "?tugas=" + taskId;
  }

  record KindOption(String name, String label, String limit, boolean upload, boolean read) {}

  @GetMapping("/staf/kegiatan/{number}/dokumen")
  String page(@PathVariable String number, @RequestParam(name = "tugas", required = false) String task,
      @AuthenticationPrincipal StaffUser user, Model model) {
    Activity activity = activities.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan dengan nomor " + number + "."));
    List<KindOption> kinds = Arrays.stream(DocumentKind.values())
        .map(kind -> new KindOption(kind.name(), kind.label(), Sizes.format(properties.maxBytes(kind)), user.inAny(kind.uploaders()),
            user.inAny(kind.readers())))
        .filter(option -> option.read() || option.upload()).toList();
    model.addAttribute("kegiatan", activity);
    model.addAttribute("kembaliKeTasklist", task != null && TASK_ID.matcher(task).matches() ? TASKLIST + "#/?task=" + task : TASKLIST);
    model.addAttribute("jenis", kinds);
    model.addAttribute("bolehUnggah", kinds.stream().anyMatch(KindOption::upload));
    return "staf/dokumen";
  }
}
