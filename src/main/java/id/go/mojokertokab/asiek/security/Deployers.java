package id.go.mojokertokab.asiek.security;

/**
 * The staff who deploy a changed diagram with its forms from Camunda Modeler: a group of its own, not a lane, holding
 * only what a deployment needs (README, "Changing the diagram in Modeler").
 */
public final class Deployers {

  public static final String GROUP = "perancang-proses";
  public static final String NAME = "Perancang Proses";
  /** The demo member of the default profile. */
  public static final String DEMO_USER = "perancang";

  private Deployers() {}
}
