package id.go.mojokertokab.asiek.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A BagIt package (RFC 8493, version 1.0) with SHA-256 manifests, written and verified by hand (the Library of
 * Congress library is unmaintained): {@code bagit.txt}, {@code data/}, {@code manifest-sha256.txt},
 * {@code bag-info.txt}, further tag files, {@code tagmanifest-sha256.txt}. Manifest lines are "checksum, two spaces,
 * path", so {@code sha256sum -c} reads them too. Plain Java: no Spring, no database.
 */
final class Bag {

  static final String BAGIT_TXT = "bagit.txt";
  static final String MANIFEST = "manifest-sha256.txt";
  static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
  static final String BAG_INFO = "bag-info.txt";
  static final String DATA = "data";
  private static final int BUFFER = 64 * 1024;

  private Bag() {}

  /** A file to copy into data/: from where, to which path below data/, and the SHA-256 it must have. */
  record Payload(Path source, String path, String sha256) {}

  /** A bag as written: its payload checksums (path → SHA-256, paths starting with data/) and its Payload-Oxum. */
  record Written(Map<String, String> manifest, long octets, long streams) {
    String payloadOxum() {
      return octets + "." + streams;
    }
  }

  /**
   * Writes a complete bag into {@code folder} (which must not exist): copies the payload, checking each file against
   * its expected SHA-256 on the way, then the tag files. {@code info} holds the bag-info labels to write before the
   * Payload-Oxum and Bag-Size that this method adds; {@code tags} further tag files (name → content).
   */
  static Written write(Path folder, List<Payload> payload, LinkedHashMap<String, String> info, Map<String, String> tags) throws IOException {
    Files.createDirectory(folder);
    Path data = Files.createDirectory(folder.resolve(DATA));
    Map<String, String> manifest = new TreeMap<>();
    long octets = 0;
    for (Payload file : payload) {
      Path target = data.resolve(file.path()).normalize();
      if (!target.startsWith(data)) {
        throw new IllegalArgumentException("payload path outside data/: " + file.path());
      }
      Files.createDirectories(target.getParent());
      String sha256;
      try (InputStream in = Files.newInputStream(file.source());
           OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
        sha256 = copy(in, out);
      }
      if (!sha256.equals(file.sha256())) {
        throw new IOException("Berkas " + file.source() + " tidak lagi sama dengan saat disimpan (SHA-256 " + sha256 + ", seharusnya "
            + file.sha256() + "); arsip tidak dibuat.");
      }
      manifest.put(DATA + "/" + file.path(), sha256);
      octets += Files.size(target);
    }
    writeText(folder.resolve(BAGIT_TXT), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    writeText(folder.resolve(MANIFEST), manifestText(manifest));
    LinkedHashMap<String, String> labels = new LinkedHashMap<>(info);
    labels.put("Payload-Oxum", octets + "." + manifest.size());
    labels.put("Bag-Size", size(octets));
    StringBuilder bagInfo = new StringBuilder();
    labels.forEach((label, value) -> bagInfo.append(label).append(": ").append(oneLine(value)).append('\n'));
    writeText(folder.resolve(BAG_INFO), bagInfo.toString());
    Map<String, String> tagManifest = new TreeMap<>();
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      writeText(folder.resolve(tag.getKey()), tag.getValue());
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        tagManifest.put(file.getFileName().toString(), sha256(file));
      }
    }
    writeText(folder.resolve(TAG_MANIFEST), manifestText(tagManifest));
    return new Written(Map.copyOf(manifest), octets, manifest.size());
  }

  /** What a verification found: every problem as an Indonesian sentence, none when the bag is intact. */
  record Verification(boolean intact, List<String> problems, Map<String, String> manifest, long octets, long streams) {}

  /** Verifies everything RFC 8493 lets a reader verify: declaration, both manifests, completeness, Payload-Oxum. */
  static Verification verify(Path folder) {
    List<String> problems = new ArrayList<>();
    Map<String, String> manifest = Map.of();
    long octets = 0;
    long streams = 0;
    try {
      if (!Files.isDirectory(folder)) {
        return new Verification(false, List.of("Folder paket " + folder + " tidak ada."), manifest, 0, 0);
      }
      Path declaration = folder.resolve(BAGIT_TXT);
      if (!Files.isRegularFile(declaration) || !Files.readString(declaration).startsWith("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8")) {
        problems.add("bagit.txt hilang atau tidak menyatakan BagIt-Version 1.0 dengan UTF-8.");
      }
      if (Files.isRegularFile(folder.resolve(TAG_MANIFEST))) {
        check(folder, readManifest(folder.resolve(TAG_MANIFEST)), problems);
      } else {
        problems.add("tagmanifest-sha256.txt hilang.");
      }
      if (!Files.isRegularFile(folder.resolve(MANIFEST))) {
        problems.add("manifest-sha256.txt hilang.");
        return new Verification(false, problems, manifest, 0, 0);
      }
      manifest = readManifest(folder.resolve(MANIFEST));
      check(folder, manifest, problems);
      Path data = folder.resolve(DATA);
      if (Files.isDirectory(data)) {
        try (Stream<Path> files = Files.walk(data)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            String path = folder.relativize(file).toString().replace('\\', '/');
            octets += Files.size(file);
            streams++;
            if (!manifest.containsKey(path)) {
              problems.add("Berkas " + path + " ada di paket tetapi tidak tercatat di manifest-sha256.txt.");
            }
          }
        }
      } else {
        problems.add("Folder data/ hilang.");
      }
      String oxum = bagInfo(folder).get("Payload-Oxum");
      if (oxum == null || !oxum.equals(octets + "." + streams)) {
        problems.add("Payload-Oxum di bag-info.txt (" + oxum + ") tidak sama dengan isi data/ (" + octets + "." + streams + ").");
      }
    } catch (IOException | RuntimeException e) {
      problems.add("Paket tidak dapat dibaca: " + e.getMessage());
    }
    return new Verification(problems.isEmpty(), List.copyOf(problems), manifest, octets, streams);
  }

  static Map<String, String> bagInfo(Path folder) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    String last = null;
    for (String line : Files.readAllLines(folder.resolve(BAG_INFO), StandardCharsets.UTF_8)) {
      if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null) {
        labels.put(last, labels.get(last) + " " + line.strip());
      } else if (line.contains(":")) {
        last = line.substring(0, line.indexOf(':')).strip();
        labels.put(last, line.substring(line.indexOf(':') + 1).strip());
      }
    }
    return labels;
  }

  private static void check(Path folder, Map<String, String> manifest, List<String> problems) throws IOException {
    for (Map.Entry<String, String> entry : manifest.entrySet()) {
      Path file = folder.resolve(entry.getKey()).normalize();
      if (!file.startsWith(folder)) {
        problems.add("Manifest menunjuk ke luar paket: " + entry.getKey());
      } else if (!Files.isRegularFile(file)) {
        problems.add("Berkas " + entry.getKey() + " hilang.");
      } else if (!sha256(file).equals(entry.getValue())) {
        problems.add("Berkas " + entry.getKey() + " berubah: SHA-256-nya tidak lagi sama dengan manifest.");
      }
    }
  }

  static Map<String, String> readManifest(Path manifest) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (BufferedReader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.strip().split("\\s+", 2);
        if (parts.length < 2) {
          throw new IOException(manifest.getFileName() + ": baris tanpa nama berkas: " + line);
        }
        entries.put(decode(parts[1].strip()), parts[0].toLowerCase(java.util.Locale.ROOT));
      }
    }
    return entries;
  }

  private static String manifestText(Map<String, String> entries) {
    StringBuilder text = new StringBuilder();
    entries.forEach((path, sha256) -> text.append(sha256).append("  ").append(encode(path)).append('\n'));
    return text.toString();
  }

  /** RFC 8493 2.1.3: CR, LF and % in a path are percent-encoded in manifests. */
  static String encode(String path) {
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
  }

  static String decode(String path) {
    return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r").replace("%25", "%");
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return copy(in, OutputStream.nullOutputStream());
    }
  }

  private static String copy(InputStream in, OutputStream out) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[BUFFER];
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      digest.update(buffer, 0, read);
      out.write(buffer, 0, read);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }

  private static String oneLine(String value) {
    return value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  /** "1.2 GB": Bag-Size is for people (RFC 8493 2.2.2), in decimal units. */
  static String size(long octets) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double value = octets;
    int unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return unit == 0 ? octets + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
