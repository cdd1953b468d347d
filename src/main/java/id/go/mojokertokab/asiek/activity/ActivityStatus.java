package id.go.mojokertokab.asiek.activity;

/** Where an activity stands, with the words staff read for it. */
public enum ActivityStatus {
  REGISTERED("Menunggu disposisi"),
  ACCEPTED("Diterima"),
  REJECTED("Ditolak"),
  CANCELLED("Dibatalkan"),
  /** The workshop took place, its report was approved and its documents archived. */
  COMPLETED("Selesai dan diarsipkan");

  private final String label;

  ActivityStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
