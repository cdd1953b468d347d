package id.go.mojokertokab.asiek.schedule;

/** The kinds of session of a workshop, each serving a row of the SOP. */
public enum SessionType {
  PEMBUKAAN, MATERI, PRAKTIK;

  public String label() {
    return switch (this) {
      case PEMBUKAAN -> "Pembukaan";
      case MATERI -> "Penerangan materi";
      case PRAKTIK -> "Praktik peserta";
    };
  }
}
