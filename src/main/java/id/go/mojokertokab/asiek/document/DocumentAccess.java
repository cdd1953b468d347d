package id.go.mojokertokab.asiek.document;

import id.go.mojokertokab.asiek.security.ApiAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the documents of activities: the staff pages and reading over /api are for the lanes that read some kind,
 * uploading (multipart or resumable over tus) for those that upload some kind. Which kinds a lane reads or uploads is
 * checked on each document; a resumable upload is its creator's alone.
 */
@Configuration(proxyBeanMethods = false)
class DocumentAccess {

  static final String READ = "membuka dokumen kegiatan";
  static final String UPLOAD = "mengunggah dokumen kegiatan";

  @Bean
  ApiAccess.Rules documentRules() {
    List<String> readers = DocumentKind.allReaders();
    List<String> uploaders = DocumentKind.allUploaders();
    return ApiAccess.rules(
        ApiAccess.lanes(HttpMethod.GET, "/staf/dokumen", READ, readers),
        ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan/{number}/dokumen", READ, readers),
        ApiAccess.lanes(HttpMethod.GET, "/api/kegiatan/{number}/dokumen", READ, readers),
        ApiAccess.lanes(HttpMethod.GET, "/api/dokumen/**", READ, readers),
        ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/dokumen", UPLOAD, uploaders),
        ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/unggahan", UPLOAD, uploaders),
        ApiAccess.lanes(HttpMethod.PATCH, "/api/unggahan/{id}", UPLOAD, uploaders),
        ApiAccess.lanes(HttpMethod.HEAD, "/api/unggahan/{id}", UPLOAD, uploaders),
        ApiAccess.lanes(HttpMethod.GET, "/api/unggahan/{id}", UPLOAD, uploaders),
        ApiAccess.lanes(HttpMethod.DELETE, "/api/unggahan/{id}", UPLOAD, uploaders),
        ApiAccess.lanes(HttpMethod.OPTIONS, "/api/unggahan", UPLOAD, uploaders));
  }
}
