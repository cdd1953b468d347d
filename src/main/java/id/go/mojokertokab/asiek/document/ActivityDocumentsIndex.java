package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.activity.ActivityRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /staf/dokumen: the way to an activity's documents for every lane that reads or uploads some kind, the Agendaris Surat
 * first among them (the scan of the request letter is uploaded right after the letter is recorded). The latest
 * activities, and a search by number that opens the activity's documents page. Server-rendered, a plain GET form.
 */
@Controller
class ActivityDocumentsIndex {

  static final int SHOWN = 50;

  private final ActivityRepository activities;

  ActivityDocumentsIndex(ActivityRepository activities) {
    this.activities = activities;
  }

  @GetMapping("/staf/dokumen")
  String index(@RequestParam(name = "nomor", required = false) String number, Model model) {
    String typed = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
    if (!typed.isEmpty()) {
      if (activities.find(typed).isPresent()) {
        return "redirect:" + DocumentsPage.path(typed);
      }
      model.addAttribute("galat", "Kolom \"Nomor kegiatan\": tidak ada kegiatan dengan nomor " + typed + ".");
    }
    model.addAttribute("nomor", typed);
    model.addAttribute("kegiatan", activities.latest(SHOWN));
    return "staf/dokumen-kegiatan";
  }
}
