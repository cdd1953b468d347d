package id.go.mojokertokab.asiek.participant;

import java.time.Instant;
import java.util.Map;

/** What a check-in at the door came to, with the sentence the page shows. */
public sealed interface CheckIn {

  String message();

  record CheckedIn(Participant participant) implements CheckIn {
    public String message() {
      return participant.fullName() + " (" + participant.displayCode() + ") tercatat hadir.";
    }
  }

  record AlreadyIn(Participant participant, Instant at) implements CheckIn {
    public String message() {
      return participant.fullName() + " (" + participant.displayCode() + ") sudah tercatat hadir hari ini.";
    }
  }

  record NotAdmitted(Participant participant) implements CheckIn {
    public String message() {
      return participant.fullName() + " (" + participant.displayCode() + ") tidak dapat dicatat hadir: status pendaftarannya "
          + participant.status().label() + ". Bila tempat masih ada, tambahkan sebagai peserta di tempat.";
    }
  }

  record UnknownCode(String typed) implements CheckIn {
    public String message() {
      return "Kode \"" + typed + "\" tidak ditemukan pada kegiatan ini. Periksa kembali kode di e-mail peserta, atau cari namanya.";
    }
  }

  record DayNotOpen(String reason) implements CheckIn {
    public String message() {
      return reason;
    }
  }

  /** A walk-in whose form has problems: nothing saved. */
  record Refused(Map<String, String> problems) implements CheckIn {
    public String message() {
      return "Data peserta di tempat belum lengkap atau belum benar; periksa kolom yang ditandai.";
    }
  }
}
