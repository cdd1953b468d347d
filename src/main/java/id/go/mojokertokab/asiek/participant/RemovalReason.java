package id.go.mojokertokab.asiek.participant;

/**
 * Why the librarian takes a registration off the list. A fixed choice, never free text: the reason is a process
 * variable, kept in the engine's history longer than personal data may be kept.
 */
public enum RemovalReason {
  DUPLICATE("Pendaftaran ganda"),
  NOT_TARGET("Tidak sesuai sasaran kegiatan"),
  PARTICIPANT_REQUEST("Atas permintaan peserta"),
  INVALID_DATA("Data tidak benar atau tidak dapat dihubungi");

  private final String label;

  RemovalReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static java.util.Optional<RemovalReason> of(Object value) {
    for (RemovalReason reason : values()) {
      if (reason.name().equals(value == null ? null : value.toString())) {
        return java.util.Optional.of(reason);
      }
    }
    return java.util.Optional.empty();
  }
}
