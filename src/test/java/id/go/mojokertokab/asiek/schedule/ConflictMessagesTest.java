package id.go.mojokertokab.asiek.schedule;

import static id.go.mojokertokab.asiek.schedule.Schedules.AULA;
import static id.go.mojokertokab.asiek.schedule.Schedules.JAKARTA;
import static id.go.mojokertokab.asiek.schedule.Schedules.PROJECTORS;
import static id.go.mojokertokab.asiek.schedule.Schedules.SPEAKER;
import static id.go.mojokertokab.asiek.schedule.Schedules.TRAINING_ROOM;
import static id.go.mojokertokab.asiek.schedule.Schedules.hold;
import static id.go.mojokertokab.asiek.schedule.Schedules.session;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.mojokertokab.asiek.schedule.Conflict.Booked;
import id.go.mojokertokab.asiek.schedule.Conflict.Holiday;
import id.go.mojokertokab.asiek.schedule.Conflict.InThePast;
import id.go.mojokertokab.asiek.schedule.Conflict.MoreThanOwned;
import id.go.mojokertokab.asiek.schedule.Conflict.NotAWorkingDay;
import id.go.mojokertokab.asiek.schedule.Conflict.OutsideOfficeHours;
import id.go.mojokertokab.asiek.schedule.Conflict.SpeakerBusy;
import id.go.mojokertokab.asiek.schedule.Conflict.TakenMeanwhile;
import id.go.mojokertokab.asiek.schedule.Conflict.TooFewSeats;
import id.go.mojokertokab.asiek.schedule.Conflict.UnitsTaken;
import id.go.mojokertokab.asiek.schedule.Conflict.UnknownResource;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sentences the analyst reads in the form and staff read from /api, one per kind of conflict. */
class ConflictMessagesTest {

  final ConflictMessages plain = ConflictMessages.plain(JAKARTA);
  final Session material = session(SessionType.MATERI, 15, 9, 0, 11, 0);
  final Hold meeting = hold(1, AULA, 1, session(SessionType.MATERI, 15, 10, 0, 12, 0), "Rapat Koordinasi Arsip");

  @Test
  void eachKindOfConflictIsOneIndonesianSentence() {
    assertThat(plain.sentences(List.of(
        new UnknownResource("kamera-x"),
        new MoreThanOwned(PROJECTORS, 3),
        new TooFewSeats(TRAINING_ROOM, 45),
        new InThePast(material),
        new Holiday(session(SessionType.PEMBUKAAN, 25, 8, 0, 9, 0), "Hari Raya Natal"),
        new NotAWorkingDay(session(SessionType.PRAKTIK, 19, 8, 0, 12, 0)),
        new OutsideOfficeHours(session(SessionType.PEMBUKAAN, 15, 7, 0, 8, 0), LocalTime.of(7, 30), LocalTime.of(16, 0)),
        new SpeakerBusy(material, SPEAKER, hold(2, SPEAKER, 1, session(SessionType.MATERI, 15, 10, 30, 12, 0), "Seminar Literasi")),
        new Booked(material, AULA, meeting),
        new UnitsTaken(material, PROJECTORS, 2, 1, List.of(hold(3, PROJECTORS, 1, session(SessionType.MATERI, 15, 8, 0, 9, 30),
            "Pameran Arsip Keliling"))),
        new TakenMeanwhile())))
        .containsExactly(
            "Sumber daya \"kamera-x\" tidak dikenal atau tidak aktif.",
            "Proyektor: diminta 3, padahal dinas hanya memiliki 2.",
            "Ruang Pelatihan hanya memuat 40 orang, sedangkan kapasitas peserta 45 orang.",
            "Sesi Penerangan materi pada Selasa, 15 Desember 2026 pukul 09.00–11.00 WIB sudah lewat.",
            "Sesi Pembukaan pada Jumat, 25 Desember 2026 pukul 08.00–09.00 WIB jatuh pada hari libur (Hari Raya Natal).",
            "Sesi Praktik peserta pada Sabtu, 19 Desember 2026 pukul 08.00–12.00 WIB jatuh pada hari yang bukan hari kerja.",
            "Sesi Pembukaan pada Selasa, 15 Desember 2026 pukul 07.00–08.00 WIB berada di luar jam kantor (07.30–16.00).",
            "Narasumber Dr. Sri Rahayu sudah dijadwalkan untuk \"Seminar Literasi\" pada Selasa, 15 Desember 2026 pukul 10.30–12.00 WIB, "
                + "bentrok dengan sesi Penerangan materi.",
            "Aula sudah dipakai untuk \"Rapat Koordinasi Arsip\" pada Selasa, 15 Desember 2026 pukul 10.00–12.00 WIB (termasuk waktu "
                + "persiapan dan pembersihan 60 menit), bentrok dengan sesi Penerangan materi Selasa, 15 Desember 2026 pukul 09.00–11.00 WIB.",
            "Proyektor: diminta 2, tersedia 1 dari 2 untuk sesi Penerangan materi Selasa, 15 Desember 2026 pukul 09.00–11.00 WIB; "
                + "sedang dipakai untuk \"Pameran Arsip Keliling\" (Selasa, 15 Desember 2026 pukul 08.00–09.30 WIB).",
            "Sumber daya yang diminta baru saja dipesan oleh kegiatan lain pada saat yang sama. Silakan periksa ulang jadwal.");
  }

  @Test
  void formsGetTitlesAndNamesEscapedAndApiGetsThemAsTyped() {
    Hold trap = hold(4, AULA, 1, session(SessionType.MATERI, 15, 10, 0, 12, 0), "Rapat [klik](http://x.test) <b>");
    Booked conflict = new Booked(material, AULA, trap);

    assertThat(ConflictMessages.markdown(JAKARTA).report(List.of(conflict)))
        .startsWith("- Aula sudah dipakai untuk \"Rapat \\[klik\\]\\(http\\://x\\.test\\) &lt;b&gt;\" pada ")
        .doesNotContain("](", "<b>");
    assertThat(plain.sentence(conflict)).startsWith("Aula sudah dipakai untuk \"Rapat [klik](http://x.test) <b>\" pada ");
  }

  @Test
  void proposalNamesEverySessionOrSaysWhatToChange() {
    assertThat(plain.proposal(Optional.of(List.of(session(SessionType.PEMBUKAAN, 28, 8, 0, 9, 0), session(SessionType.PRAKTIK, 29, 8, 0, 12, 0)))))
        .isEqualTo("Usulan jadwal terdekat yang bebas bentrok, dengan jam dan sumber daya yang sama: Pembukaan Senin, 28 Desember 2026 "
            + "pukul 08.00–09.00 WIB; Praktik peserta Selasa, 29 Desember 2026 pukul 08.00–12.00 WIB.");
    assertThat(plain.proposal(Optional.empty())).isEqualTo("Tidak ditemukan jadwal bebas bentrok dalam 30 hari kerja dengan jam dan "
        + "sumber daya yang sama: mohon ubah jam, ruang, narasumber atau jumlah peralatan.");
  }
}
