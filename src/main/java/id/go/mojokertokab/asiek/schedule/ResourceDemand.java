package id.go.mojokertokab.asiek.schedule;

/** How many units of a resource every session of the request needs. */
public record ResourceDemand(String resourceId, int quantity) {

  public ResourceDemand {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1");
    }
  }
}
