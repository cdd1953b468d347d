package id.go.mojokertokab.asiek.schedule;

/** The kinds of session of a workshop, each serving a row of the SOP. */
public enum SessionType {
  PEMBUKAAN("Pembukaan"),
  MATERI("Penerangan materi"),
  PRAKTIK("Praktik peserta");

  private final String label;

  SessionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
