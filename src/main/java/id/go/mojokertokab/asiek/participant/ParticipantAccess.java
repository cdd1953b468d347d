package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the staff pages of participants. Their personal data are for the four lanes that work with them: the
 * librarian (registration), the analyst (the requester's contact), documentation (attendance) and Bidang Pengembangan
 * (the activity's owner).
 */
@Configuration(proxyBeanMethods = false)
public class ParticipantAccess {

  /** The lanes that may see participants' personal data. */
  public static final List<String> PERSONAL_DATA = List.of(Lanes.JF_PUSTAKAWAN, Lanes.ANALIS_KERJASAMA, Lanes.STAF_DOKUMENTASI,
      Lanes.BIDANG_PENGEMBANGAN);
  static final String SEE = "melihat data peserta";

  @Bean
  ApiAccess.Rules personalDataAccess() {
    return ApiAccess.rules(
        ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan", SEE, PERSONAL_DATA),
        ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan/{number}/peserta", SEE, PERSONAL_DATA),
        ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan/{number}/peserta/{code}/data.json", "mengunduh data peserta",
            PERSONAL_DATA),
        ApiAccess.lanes(HttpMethod.POST, "/staf/kegiatan/{number}/peserta/{code}/hapus", "menghapus data peserta",
            List.of(Lanes.JF_PUSTAKAWAN, Lanes.BIDANG_PENGEMBANGAN)),
        ApiAccess.lanes(HttpMethod.POST, "/staf/kegiatan/{number}/pendaftaran/tutup", "menutup pendaftaran lebih awal",
            List.of(Lanes.ANALIS_KERJASAMA)),
        ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan/{number}/hadir/{day}", SEE, PERSONAL_DATA),
        ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan/{number}/hadir/{day}/{file}", "mengunduh daftar hadir", PERSONAL_DATA),
        ApiAccess.lanes(HttpMethod.POST, "/staf/kegiatan/{number}/hadir/{day}/**", "mencatat kehadiran peserta",
            List.of(Lanes.STAF_DOKUMENTASI)));
  }
}
