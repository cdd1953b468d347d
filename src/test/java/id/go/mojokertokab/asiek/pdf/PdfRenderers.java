package id.go.mojokertokab.asiek.pdf;

/** Builds the PDF renderer without Spring, with the office's default letterhead, for tests of other features. */
public final class PdfRenderers {

  private PdfRenderers() {}

  public static PdfRenderer withDefaultOffice() {
    return new PdfRenderer(new OfficeProperties("PEMERINTAH KABUPATEN MOJOKERTO", "DINAS PERPUSTAKAAN DAN KEARSIPAN",
        "Jl. Raya Jabon Km. 4, Mojoanyar, Kabupaten Mojokerto, Jawa Timur",
        "Telepon (0321) 000000 · dispusip@mojokertokab.go.id · dispusip.mojokertokab.go.id", "Mojokerto",
        "Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Mojokerto"));
  }
}
