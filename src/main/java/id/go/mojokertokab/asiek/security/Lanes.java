package id.go.mojokertokab.asiek.security;

import java.util.List;

/** The SOP's staff lanes as Camunda groups (stable English ids, Indonesian names) and their demo users. */
public final class Lanes {

  public static final String AGENDARIS_SURAT = "agendaris-surat";
  public static final String KADIS = "kadis";
  public static final String ANALIS_KERJASAMA = "analis-kerjasama";
  public static final String JF_PUSTAKAWAN = "jf-pustakawan";
  public static final String BIDANG_PENGEMBANGAN = "bidang-pengembangan";
  public static final String KASUBAG_UMUM = "kasubag-umum";
  public static final String NARASUMBER = "narasumber";
  public static final String STAF_KEBERSIHAN = "staf-kebersihan";
  public static final String STAF_DOKUMENTASI = "staf-dokumentasi";

  /** A lane: its group, the name staff read, the demo user of the default profile and the filter's colour. */
  public record Lane(String groupId, String name, String demoUserId, String demoFirstName, String colour) {

    public String filterName() {
      return "Tugas " + name;
    }
  }

  public static final List<Lane> ALL = List.of(
      new Lane(AGENDARIS_SURAT, "Agendaris Surat", "agendaris", "Agendaris", "#1f77b4"),
      new Lane(KADIS, "KADIS", "kadis", "Kepala Dinas", "#d62728"),
      new Lane(ANALIS_KERJASAMA, "Staf Analis Kerjasama", "analis", "Analis Kerjasama", "#2ca02c"),
      new Lane(JF_PUSTAKAWAN, "JF Pustakawan", "pustakawan", "Pustakawan", "#9467bd"),
      new Lane(BIDANG_PENGEMBANGAN, "Bidang Pengembangan", "pengembangan", "Bidang Pengembangan", "#ff7f0e"),
      new Lane(KASUBAG_UMUM, "Kasubag Umum", "kasubag", "Kasubag Umum", "#8c564b"),
      new Lane(NARASUMBER, "Narasumber", "narasumber", "Narasumber", "#e377c2"),
      new Lane(STAF_KEBERSIHAN, "Staf Kebersihan", "kebersihan", "Staf Kebersihan", "#7f7f7f"),
      new Lane(STAF_DOKUMENTASI, "Staf Bagian Dokumentasi", "dokumentasi", "Staf Dokumentasi", "#17becf"));

  /** The name staff read for a lane's group id (the id itself for groups that are no lane, e.g. camunda-admin). */
  public static String name(String groupId) {
    return ALL.stream().filter(lane -> lane.groupId().equals(groupId)).map(Lane::name).findFirst().orElse(groupId);
  }

  /** "Agendaris Surat, KADIS dan Bidang Pengembangan": the names staff read for these groups, as a sentence lists them. */
  public static String names(List<String> groupIds) {
    List<String> names = groupIds.stream().map(Lanes::name).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " dan " + names.get(names.size() - 1);
  }

  /** Lanes whose group may read Cockpit. */
  public static final List<String> COCKPIT_READERS = List.of(KADIS, BIDANG_PENGEMBANGAN, KASUBAG_UMUM);

  /**
   * Lanes that may move a session of a booked activity: the analyst, who agrees the schedule with the requester, and
   * Bidang Pengembangan, who owns the activity and supervises the analyst.
   */
  public static final List<String> RESCHEDULERS = List.of(ANALIS_KERJASAMA, BIDANG_PENGEMBANGAN);

  /** Lanes whose group may start the process (record a request letter). */
  public static final List<String> STARTERS = List.of(AGENDARIS_SURAT);

  private Lanes() {}
}
