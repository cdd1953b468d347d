package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.StaffUser;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * /staf/kegiatan/{nomor}/dokumen: the activity's documents by kind, and uploading into the kinds the user's lanes
 * upload (drag and drop, progress, resumable over tus, photo thumbnails). The page's script calls /api with the
 * Tasklist session and the page's CSRF token; every form that needs files links here.
 */
@Controller
class DocumentsPage {

  private final ActivityRepository activities;
  private final DocumentProperties properties;

  DocumentsPage(ActivityRepository activities, DocumentProperties properties) {
    this.activities = activities;
    this.properties = properties;
  }

  public static String path(String activityNumber) {
    return "/staf/kegiatan/" + activityNumber + "/dokumen";
  }

  record KindOption(String name, String label, String limit, boolean upload, boolean read) {}

  @GetMapping("/staf/kegiatan/{number}/dokumen")
  String page(@PathVariable String number, @AuthenticationPrincipal StaffUser user, Model model) {
    Activity activity = activities.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan dengan nomor " + number + "."));
    List<KindOption> kinds = Arrays.stream(DocumentKind.values())
        .map(kind -> new KindOption(kind.name(), kind.label(), Sizes.format(properties.maxBytes(kind)), user.inAny(kind.uploaders()),
            user.inAny(kind.readers())))
        .filter(option -> option.read() || option.upload()).toList();
    model.addAttribute("kegiatan", activity);
    model.addAttribute("jenis", kinds);
    model.addAttribute("bolehUnggah", kinds.stream().anyMatch(KindOption::upload));
    return "staf/dokumen";
  }

  @Configuration(proxyBeanMethods = false)
  static class Access {

    @Bean
    ApiAccess openDocumentsPage() {
      return ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan/{number}/dokumen", "membuka dokumen kegiatan", DocumentKind.allReaders());
    }
  }
}
