package id.go.mojokertokab.asiek.security;

/** Start-up is refused: the administrator's password is missing, weak, or equal to its id. */
public class WeakAdminPasswordException extends RuntimeException {

  public WeakAdminPasswordException(String reason) {
    super(reason);
  }
}
