package id.go.mojokertokab.asiek.schedule;

public enum ResourceKind {
  ROOM,
  EQUIPMENT,
  SPEAKER
}
