package id.go.mojokertokab.asiek.participant;

/**
 * Why the librarian takes a registration off the list. A fixed choice, never free text: the reason is a process
 * variable, kept in the engine's history longer than personal data may be kept.
 */
public enum RemovalReason {
  DUPLICATE, NOT_TARGET, PARTICIPANT_REQUEST, INVALID_DATA;

  public String label() {
    return switch (this) {
      case DUPLICATE -> "Pendaftaran ganda";
      case NOT_TARGET -> "Tidak sesuai sasaran kegiatan";
      case PARTICIPANT_REQUEST -> "Atas permintaan peserta";
      case INVALID_DATA -> "Data tidak benar atau tidak dapat dihubungi";
    };
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
