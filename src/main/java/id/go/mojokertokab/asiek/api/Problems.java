package id.go.mojokertokab.asiek.api;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problems as /api writes them: the Indonesian sentence in {@code detail}, an Indonesian title. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title(status));
    return problem;
  }

  static String title(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Permintaan tidak valid";
      case 401 -> "Belum masuk";
      case 403 -> "Tidak berwenang";
      case 404 -> "Tidak ditemukan";
      case 405 -> "Metode tidak didukung";
      case 406 -> "Format jawaban tidak tersedia";
      case 409 -> "Bentrok";
      case 413 -> "Permintaan terlalu besar";
      case 415 -> "Format isi tidak didukung";
      default -> status.is5xxServerError() ? "Kesalahan pada server" : "Permintaan tidak dapat diproses";
    };
  }
}
