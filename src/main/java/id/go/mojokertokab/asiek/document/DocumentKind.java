package id.go.mojokertokab.asiek.document;

import static id.go.mojokertokab.asiek.security.Lanes.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * What a document is for. Each kind names the media types its content may have (a photo that is no image is refused),
 * its default size limit, the lanes that upload it and the lanes that may read it: attendance lists carry participants'
 * names, addresses and phone numbers, the request letter the requester's contact, so each is read only by the lanes
 * whose work needs it. Kasubag Umum and Staf Kebersihan prepare rooms and equipment and read no document.
 */
public enum DocumentKind {

  SURAT_PERMOHONAN("surat permohonan", "surat-permohonan", DataSize.ofMegabytes(50), Types.SCANS,
      List.of(AGENDARIS_SURAT), List.of(AGENDARIS_SURAT, KADIS, ANALIS_KERJASAMA, BIDANG_PENGEMBANGAN)),
  LEMBAR_DISPOSISI("lembar disposisi", "lembar-disposisi", DataSize.ofMegabytes(50), Types.SCANS,
      List.of(AGENDARIS_SURAT, KADIS), List.of(AGENDARIS_SURAT, KADIS, ANALIS_KERJASAMA, BIDANG_PENGEMBANGAN)),
  DAFTAR_HADIR("daftar hadir", "daftar-hadir", DataSize.ofMegabytes(100), Types.LISTS,
      List.of(JF_PUSTAKAWAN, STAF_DOKUMENTASI), List.of(JF_PUSTAKAWAN, STAF_DOKUMENTASI, BIDANG_PENGEMBANGAN, KADIS)),
  FOTO("foto kegiatan", "foto", DataSize.ofMegabytes(50), Types.PHOTOS,
      List.of(STAF_DOKUMENTASI), List.of(STAF_DOKUMENTASI, BIDANG_PENGEMBANGAN, KADIS)),
  VIDEO("video kegiatan", "video", DataSize.ofGigabytes(8), Types.VIDEOS,
      List.of(STAF_DOKUMENTASI), List.of(STAF_DOKUMENTASI, BIDANG_PENGEMBANGAN, KADIS)),
  VIDEO_EDIT("video hasil editing", "video-edit", DataSize.ofGigabytes(8), Types.VIDEOS,
      List.of(STAF_DOKUMENTASI), List.of(STAF_DOKUMENTASI, BIDANG_PENGEMBANGAN, KADIS)),
  MATERI("materi narasumber", "materi", DataSize.ofGigabytes(2), Types.MATERIAL,
      List.of(NARASUMBER), List.of(NARASUMBER, JF_PUSTAKAWAN, BIDANG_PENGEMBANGAN, KADIS)),
  LAPORAN("laporan pelaksanaan kegiatan", "laporan", DataSize.ofMegabytes(200), Types.REPORTS,
      List.of(BIDANG_PENGEMBANGAN), List.of(BIDANG_PENGEMBANGAN, KADIS)),
  LAINNYA("dokumen lainnya", "lainnya", DataSize.ofGigabytes(1), List.of(),
      Types.INVOLVED, Types.INVOLVED);

  private final String label;
  private final String folder;
  private final DataSize defaultMaxSize;
  private final List<String> mediaTypes;
  private final List<String> uploaders;
  private final List<String> readers;

  DocumentKind(String label, String folder, DataSize defaultMaxSize, List<String> mediaTypes, List<String> uploaders,
      List<String> readers) {
    this.label = label;
    this.folder = folder;
    this.defaultMaxSize = defaultMaxSize;
    this.mediaTypes = mediaTypes;
    this.uploaders = uploaders;
    this.readers = readers;
  }

  /** "foto kegiatan", as sentences name the kind. */
  public String label() {
    return label;
  }

  /** The folder of this kind in an archive package's data/. */
  public String folder() {
    return folder;
  }

  public DataSize defaultMaxSize() {
    return defaultMaxSize;
  }

  /** Media types the content may have ("image/jpeg", or "video/*" for every video); empty: any but the refused ones. */
  public List<String> mediaTypes() {
    return mediaTypes;
  }

  public List<String> uploaders() {
    return uploaders;
  }

  public List<String> readers() {
    return readers;
  }

  /** Every lane that uploads some kind. */
  public static List<String> allUploaders() {
    Set<String> lanes = new LinkedHashSet<>();
    for (DocumentKind kind : values()) {
      lanes.addAll(kind.uploaders);
    }
    return List.copyOf(lanes);
  }

  /** Every lane that reads some kind. */
  public static List<String> allReaders() {
    Set<String> lanes = new LinkedHashSet<>();
    for (DocumentKind kind : values()) {
      lanes.addAll(kind.readers);
    }
    return List.copyOf(lanes);
  }

  private static final class Types {
    static final String PDF = "application/pdf";
    /** Raster images only: an SVG is an image that can carry script. */
    static final List<String> PHOTOS = List.of("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "image/tiff",
        "image/gif", "image/bmp");
    static final List<String> SCANS = concat(List.of(PDF), PHOTOS);
    static final List<String> OFFICE = List.of(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
        "application/vnd.oasis.opendocument.text");
    static final List<String> SHEETS = List.of(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
        "application/vnd.oasis.opendocument.spreadsheet", "text/csv");
    static final List<String> SLIDES = List.of(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/vnd.ms-powerpoint",
        "application/vnd.oasis.opendocument.presentation");
    static final List<String> LISTS = concat(SCANS, SHEETS);
    static final List<String> VIDEOS = List.of("video/*");
    static final List<String> MATERIAL = concat(concat(concat(List.of(PDF), OFFICE), SLIDES), concat(PHOTOS, VIDEOS));
    static final List<String> REPORTS = concat(List.of(PDF), OFFICE);
    static final List<String> INVOLVED = List.of(AGENDARIS_SURAT, KADIS, ANALIS_KERJASAMA, BIDANG_PENGEMBANGAN, JF_PUSTAKAWAN,
        NARASUMBER, STAF_DOKUMENTASI);

    static List<String> concat(List<String> a, List<String> b) {
      return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
  }
}
