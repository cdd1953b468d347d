package id.go.mojokertokab.asiek.staff;

import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.StaffUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** /staf/admin/impor-staf: the administrator uploads the staff CSV file and sees what was done, with new passwords once. */
@Controller
class StaffImportPage {

  static final String PATH = "/staf/admin/impor-staf";
  /** A staff list of some hundred people is a few KB; a larger body is refused while it streams. */
  static final long MAX_BYTES = 1024 * 1024;
  static final String FILE = "berkas";
  static final String PASTED = "isi";

  private final StaffImport staffImport;

  StaffImportPage(StaffImport staffImport) {
    this.staffImport = staffImport;
  }

  @GetMapping(PATH)
  String form(Model model) {
    model.addAttribute("lajur", StaffImport.importableGroups());
    return "staf/impor-staf";
  }

  /**
   * The upload, read as a stream: multipart parsing is off application-wide (documents stream to disk), so the form
   * carries its CSRF token in its action URL, where Spring Security reads it before the body.
   */
  @PostMapping(PATH)
  String upload(HttpServletRequest request, @AuthenticationPrincipal StaffUser user, Model model, HttpServletResponse response)
      throws IOException {
    StaffImport.Result result;
    try {
      result = staffImport.importCsv(csvOf(request), user.id());
    } catch (FileUploadException e) {
      result = new StaffImport.Result(List.of(), List.of(e instanceof FileUploadSizeException
          ? "Berkas CSV lebih besar dari " + MAX_BYTES / 1024 + " KB; pecah menjadi beberapa berkas."
          : "Kiriman formulir tidak utuh; pilih berkasnya lagi lalu tekan Impor."));
    }
    model.addAttribute("lajur", StaffImport.importableGroups());
    model.addAttribute("hasil", result.outcomes());
    model.addAttribute("galat", result.errors());
    if (!result.errors().isEmpty()) {
      response.setStatus(400);
    }
    return "staf/impor-staf";
  }

  /** The chosen file if there is one, otherwise the pasted text. */
  private static String csvOf(HttpServletRequest request) throws IOException {
    if (!JakartaServletFileUpload.isMultipartContent(request)) {
      String pasted = request.getParameter(PASTED);
      return pasted == null ? "" : pasted;
    }
    JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> upload = new JakartaServletFileUpload<>();
    upload.setSizeMax(MAX_BYTES);
    String file = null;
    String pasted = "";
    FileItemInputIterator items = upload.getItemIterator(request);
    while (items.hasNext()) {
      FileItemInput item = items.next();
      try (var in = item.getInputStream()) {
        String value = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (FILE.equals(item.getFieldName()) && !item.isFormField() && !value.isEmpty()) {
          file = value;
        } else if (PASTED.equals(item.getFieldName()) && item.isFormField()) {
          pasted = value;
        }
      }
    }
    return file != null ? file : pasted;
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
