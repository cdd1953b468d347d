package id.go.mojokertokab.asiek.participant;

/** Where a registration stands, with the words participants and staff read. */
public enum ParticipantStatus {
  CONFIRMED, WAITING, CANCELLED, REMOVED, NOT_ADMITTED, WALK_IN;

  public String label() {
    return switch (this) {
      case CONFIRMED -> "terkonfirmasi";
      case WAITING -> "daftar tunggu";
      case CANCELLED -> "dibatalkan oleh peserta";
      case REMOVED -> "dihapus dari daftar oleh panitia";
      case NOT_ADMITTED -> "tidak mendapat tempat";
      case WALK_IN -> "peserta di tempat";
    };
  }

  /** Counts toward the activity: holds a place, waits for one, or came to the door. One phone number each. */
  public boolean active() {
    return this == CONFIRMED || this == WAITING || this == WALK_IN;
  }

  /** May be checked in at the door. */
  public boolean admitted() {
    return this == CONFIRMED || this == WALK_IN;
  }
}
