package id.go.mojokertokab.asiek.pages;

import id.go.mojokertokab.asiek.document.DocumentKind;
import id.go.mojokertokab.asiek.participant.ParticipantAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /staf: where a staff member signed in to Tasklist finds the application's own pages for their lanes. */
@Controller
class StaffHome {

  @GetMapping("/staf")
  String home(@AuthenticationPrincipal StaffUser user, Model model) {
    model.addAttribute("pengguna", user.id());
    model.addAttribute("lajur", user.groups().stream().filter(group -> Lanes.ALL.stream().anyMatch(l -> l.groupId().equals(group)))
        .map(Lanes::name).toList());
    model.addAttribute("cockpit", user.inAny(Lanes.COCKPIT_READERS));
    model.addAttribute("peserta", user.inAny(ParticipantAccess.PERSONAL_DATA));
    model.addAttribute("dokumen", user.inAny(DocumentKind.allReaders()));
    model.addAttribute("admin", user.isAdmin());
    return "staf/beranda";
  }
}
