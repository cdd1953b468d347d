package id.go.mojokertokab.asiek.activity;

public enum ActivityStatus {
  REGISTERED,
  ACCEPTED,
  REJECTED,
  CANCELLED
}
