package id.go.mojokertokab.asiek.activity;

public enum ActivityStatus {
  REGISTERED,
  ACCEPTED,
  REJECTED,
  CANCELLED,
  /** The workshop took place, its report was approved and its documents archived. */
  COMPLETED
}
