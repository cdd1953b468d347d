package id.go.mojokertokab.asiek.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bag as RFC 8493 describes it and as sha256sum reads it, and every kind of damage verification must find. */
class BagTest {

  @TempDir Path folder;
  Path bag;
  Path photo;
  Path letter;

  @BeforeEach
  void writeABag() throws Exception {
    photo = Files.write(folder.resolve("photo"), new byte[] {1, 2, 3, 4, 5, 6, 7});
    letter = Files.writeString(folder.resolve("letter"), "surat permohonan");
    bag = folder.resolve("ASIEK-2026-0001");
    LinkedHashMap<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", "Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto");
    info.put("External-Identifier", "ASIEK-2026-0001");
    info.put("External-Description", "two\nlines");
    Bag.write(bag, List.of(new Bag.Payload(photo, "foto/01-pembukaan kelas.jpg", sha256(photo)),
        new Bag.Payload(letter, "surat-permohonan/01-surat.pdf", sha256(letter))), info, Map.of("dokumen-kegiatan.tsv", "berkas\n"));
  }

  @Test
  void writesTheDeclarationManifestsAndBagInfoAsTheRfcSays() throws Exception {
    assertThat(Files.readString(bag.resolve("bagit.txt"))).isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    assertThat(Files.readAllLines(bag.resolve("manifest-sha256.txt"))).containsExactly(
        sha256(photo) + "  data/foto/01-pembukaan kelas.jpg", sha256(letter) + "  data/surat-permohonan/01-surat.pdf");
    assertThat(Files.readAllLines(bag.resolve("bag-info.txt"))).containsExactly(
        "Source-Organization: Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto", "External-Identifier: ASIEK-2026-0001",
        "External-Description: two lines", "Payload-Oxum: 23.2", "Bag-Size: 23 B");
    assertThat(Files.readAllLines(bag.resolve("tagmanifest-sha256.txt"))).extracting(line -> line.substring(66))
        .containsExactly("bag-info.txt", "bagit.txt", "dokumen-kegiatan.tsv", "manifest-sha256.txt");
    assertThat(Bag.verify(bag).intact()).isTrue();
  }

  @Test
  void sha256sumChecksBothManifests() throws Exception {
    for (String manifest : List.of("manifest-sha256.txt", "tagmanifest-sha256.txt")) {
      Process check = new ProcessBuilder("sha256sum", "--strict", "-c", manifest).directory(bag.toFile()).redirectErrorStream(true).start();
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(check.waitFor()).as(output).isZero();
      assertThat(output).doesNotContain("FAILED");
    }
  }

  @Test
  void aFlippedBitIsFound() throws Exception {
    Path file = bag.resolve("data/foto/01-pembukaan kelas.jpg");
    byte[] bytes = Files.readAllBytes(file);
    bytes[3] ^= 0x10;
    Files.write(file, bytes);

    assertThat(Bag.verify(bag).problems()).containsExactly(
        "Berkas data/foto/01-pembukaan kelas.jpg berubah: SHA-256-nya tidak lagi sama dengan manifest.");
  }

  @Test
  void aMissingFileIsFoundAndTheOxumNoLongerMatches() throws Exception {
    Files.delete(bag.resolve("data/surat-permohonan/01-surat.pdf"));

    assertThat(Bag.verify(bag).problems()).containsExactly("Berkas data/surat-permohonan/01-surat.pdf hilang.",
        "Payload-Oxum di bag-info.txt (23.2) tidak sama dengan isi data/ (7.1).");
  }

  @Test
  void aFileThatNoManifestNamesIsFound() throws Exception {
    Files.writeString(bag.resolve("data/foto/tambahan.jpg"), "x");

    assertThat(Bag.verify(bag).problems()).contains("Berkas data/foto/tambahan.jpg ada di paket tetapi tidak tercatat di manifest-sha256.txt.");
  }

  @Test
  void anEditedTagFileIsFound() throws Exception {
    Files.writeString(bag.resolve("bag-info.txt"), Files.readString(bag.resolve("bag-info.txt")).replace("0001", "0002"));

    assertThat(Bag.verify(bag).problems()).containsExactly("Berkas bag-info.txt berubah: SHA-256-nya tidak lagi sama dengan manifest.");
  }

  @Test
  void aSourceThatChangedSinceItWasStoredIsNotBagged() throws Exception {
    Files.write(photo, new byte[] {9});

    assertThatThrownBy(() -> Bag.write(folder.resolve("again"), List.of(new Bag.Payload(photo, "foto/a.jpg", sha256(letter))),
        new LinkedHashMap<>(), Map.of())).isInstanceOf(IOException.class).hasMessageContaining("tidak lagi sama");
  }

  @Test
  void pathsWithPercentOrLineBreaksArePercentEncodedInManifests() {
    assertThat(Bag.encode("data/a%b\nc\rd")).isEqualTo("data/a%25b%0Ac%0Dd");
    assertThat(Bag.decode(Bag.encode("data/a%0Ab"))).isEqualTo("data/a%0Ab");
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
