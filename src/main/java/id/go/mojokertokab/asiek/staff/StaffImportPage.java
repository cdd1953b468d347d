package id.go.mojokertokab.asiek.staff;

import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.StaffUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** /staf/admin/impor-staf: the administrator uploads the staff CSV file and sees what was done, with new passwords once. */
@Controller
class StaffImportPage {

  static final String PATH = "/staf/admin/impor-staf";

  private final StaffImport staffImport;

  StaffImportPage(StaffImport staffImport) {
    this.staffImport = staffImport;
  }

  @GetMapping(PATH)
  String form(Model model) {
    model.addAttribute("lajur", StaffImport.importableGroups());
    return "staf/impor-staf";
  }

  @PostMapping(PATH)
  String upload(@RequestParam(name = "berkas", required = false) MultipartFile file, @RequestParam(name = "isi", required = false) String pasted,
      @AuthenticationPrincipal StaffUser user, Model model, jakarta.servlet.http.HttpServletResponse response) throws IOException {
    String csv = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted == null ? "" : pasted;
    StaffImport.Result result = staffImport.importCsv(csv, user.id());
    model.addAttribute("lajur", StaffImport.importableGroups());
    model.addAttribute("hasil", result.outcomes());
    model.addAttribute("galat", result.errors());
    if (!result.errors().isEmpty()) {
      response.setStatus(400);
    }
    return "staf/impor-staf";
  }

  /** Only administrators import staff. */
  @Configuration(proxyBeanMethods = false)
  static class Access {

    @Bean
    ApiAccess importStaff() {
      return ApiAccess.lanes(HttpMethod.POST, PATH, "mengimpor staf", List.of(Groups.CAMUNDA_ADMIN));
    }

    @Bean
    ApiAccess staffImportForm() {
      return ApiAccess.lanes(HttpMethod.GET, PATH, "mengimpor staf", List.of(Groups.CAMUNDA_ADMIN));
    }
  }
}
