package id.go.mojokertokab.asiek.activity;

/** Where an activity stands, with the words staff read for it. */
public enum ActivityStatus {
  REGISTERED,
  ACCEPTED,
  REJECTED,
  CANCELLED,
  /** The workshop took place, its report was approved and its documents archived. */
  COMPLETED;

  public String label() {
    return switch (this) {
      case REGISTERED -> "Menunggu disposisi";
      case ACCEPTED -> "Diterima";
      case REJECTED -> "Ditolak";
      case CANCELLED -> "Dibatalkan";
      case COMPLETED -> "Selesai dan diarsipkan";
    };
  }
}
