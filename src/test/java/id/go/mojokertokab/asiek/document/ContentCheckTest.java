package id.go.mojokertokab.asiek.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media types come from the content; the name only narrows them, and a name the content contradicts is refused. */
class ContentCheckTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
  static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};

  @TempDir Path folder;

  @Test
  void aPhotoIsAnImageWhateverTheClientSaid() throws Exception {
    assertThat(ContentCheck.check(DocumentKind.FOTO, "pembukaan.png", file(PNG))).isEqualTo("image/png");
    assertThat(ContentCheck.check(DocumentKind.FOTO, "tanpa-akhiran", file(PNG))).isEqualTo("image/png");
  }

  @Test
  void aJpgThatHoldsTextIsRefused() {
    assertThatThrownBy(() -> ContentCheck.check(DocumentKind.FOTO, "foto.jpg", file("bukan gambar".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(DocumentRefusedException.class)
        .hasMessage("Berkas \"foto.jpg\" bernama seperti image/jpeg, tetapi isinya text/plain; isi berkas tidak sesuai dengan namanya.");
    assertThatThrownBy(() -> ContentCheck.check(DocumentKind.LAINNYA, "foto.jpg", file("teks".getBytes(StandardCharsets.UTF_8))))
        .as("also where the kind takes anything").isInstanceOf(DocumentRefusedException.class);
  }

  @Test
  void aKindTakesOnlyItsMediaTypes() {
    assertThatThrownBy(() -> ContentCheck.check(DocumentKind.VIDEO, "video.png", file(PNG)))
        .hasMessage("Berkas \"video.png\" berisi image/png, bukan video yang diterima untuk video kegiatan.");
  }

  @Test
  void videosSpreadsheetsAndOfficeDocumentsAreRecognised() throws Exception {
    assertThat(ContentCheck.check(DocumentKind.VIDEO, "hari-1.mp4", file(MP4))).startsWith("video/");
    assertThat(ContentCheck.check(DocumentKind.DAFTAR_HADIR, "hadir.csv", file("nama,alamat\nDewi,Mojosari\n".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("text/csv");
    assertThat(ContentCheck.check(DocumentKind.MATERI, "materi.docx", file(zip())))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void pagesAndScriptsAreNeverKept() {
    byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
    byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ContentCheck.check(DocumentKind.LAINNYA, "gambar.svg", file(svg))).hasMessageContaining("image/svg+xml");
    assertThatThrownBy(() -> ContentCheck.check(DocumentKind.LAINNYA, "catatan.html", file(html))).hasMessageContaining("text/html");
  }

  Path file(byte[] content) throws Exception {
    return Files.write(Files.createTempFile(folder, "f", ""), content);
  }

  static byte[] zip() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
