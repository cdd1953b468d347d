package id.go.mojokertokab.asiek.participant;

/** Where a registration stands, with the words participants and staff read. */
public enum ParticipantStatus {
  CONFIRMED("terkonfirmasi"),
  WAITING("daftar tunggu"),
  CANCELLED("dibatalkan oleh peserta"),
  REMOVED("dihapus dari daftar oleh panitia"),
  NOT_ADMITTED("tidak mendapat tempat"),
  WALK_IN("peserta di tempat");

  private final String label;

  ParticipantStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
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
