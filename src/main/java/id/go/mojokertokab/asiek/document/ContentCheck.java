package id.go.mojokertokab.asiek.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;

/**
 * The media type of a file, read from its first bytes (Tika's magic), never from what the client claims; the file's
 * name only narrows it where the content allows (a zip named .docx is a Word document, text named .csv is CSV). A file
 * whose content contradicts its name (a ".jpg" that holds text) or that its kind does not take is refused.
 */
final class ContentCheck {

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
  /** Content a browser would run if it were ever opened from our origin, or a program: no SOP record is either. */
  private static final Set<String> NEVER = Set.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/javascript",
      "application/javascript", "application/x-msdownload", "application/x-dosexec", "application/x-executable",
      "application/x-sh", "application/x-elf", "application/java-archive");
  private static final Set<String> MEDIA_FAMILIES = Set.of("image", "video", "audio");

  private ContentCheck() {}

  /** The detected media type of the file, if the kind takes it; otherwise refused with the reason. */
  static String check(DocumentKind kind, String fileName, Path file) throws IOException {
    MediaType type = detect(fileName, file);
    String base = type.getBaseType().toString();
    if (NEVER.contains(base)) {
      throw refused(fileName, "berisi " + base + ", yang tidak diterima sebagai dokumen kegiatan");
    }
    if (!kind.mediaTypes().isEmpty() && kind.mediaTypes().stream().noneMatch(accepted -> matches(accepted, base))) {
      throw refused(fileName, "berisi " + base + ", bukan " + expected(kind) + " yang diterima untuk " + kind.label());
    }
    return base;
  }

  static MediaType detect(String fileName, Path file) throws IOException {
    MediaType content;
    try (InputStream in = TikaInputStream.get(file)) {
      content = TYPES.detect(in, new Metadata());
    }
    MediaType named = byName(fileName);
    MediaType type = !named.equals(MediaType.OCTET_STREAM) && REGISTRY.isSpecializationOf(named, content) ? named : content;
    if (!named.equals(MediaType.OCTET_STREAM) && !compatible(named, type)) {
      throw refused(fileName, "bernama seperti " + named.getBaseType() + ", tetapi isinya " + type.getBaseType()
          + "; isi berkas tidak sesuai dengan namanya");
    }
    return type;
  }

  private static MediaType byName(String fileName) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    return TYPES.detect(null, metadata);
  }

  private static boolean compatible(MediaType named, MediaType found) {
    MediaType a = named.getBaseType();
    MediaType b = found.getBaseType();
    return a.equals(b) || REGISTRY.isSpecializationOf(a, b) || REGISTRY.isSpecializationOf(b, a)
        || REGISTRY.normalize(a).equals(REGISTRY.normalize(b))
        || a.getType().equals(b.getType()) && MEDIA_FAMILIES.contains(a.getType());
  }

  private static boolean matches(String accepted, String type) {
    return accepted.endsWith("/*") ? type.startsWith(accepted.substring(0, accepted.length() - 1)) : accepted.equals(type);
  }

  private static String expected(DocumentKind kind) {
    if (kind.mediaTypes().stream().allMatch(t -> t.startsWith("video/"))) {
      return "video";
    }
    if (kind.mediaTypes().stream().allMatch(t -> t.startsWith("image/"))) {
      return "gambar (foto)";
    }
    return "jenis berkas (" + String.join(", ", kind.mediaTypes()) + ")";
  }

  private static DocumentRefusedException refused(String fileName, String why) {
    return new DocumentRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Berkas \"" + fileName + "\" " + why + ".");
  }
}
