package id.go.mojokertokab.asiek.schedule;

/** One reason a request cannot be booked, as an Indonesian sentence for the analyst. */
public record Conflict(Kind kind, String resourceId, String message) {

  public enum Kind {
    BOOKED,
    NOT_ENOUGH_UNITS,
    SPEAKER_BUSY,
    HOLIDAY,
    NOT_A_WORKING_DAY,
    OUTSIDE_OFFICE_HOURS,
    IN_THE_PAST,
    TOO_FEW_SEATS,
    UNKNOWN_RESOURCE
  }
}
