package id.go.mojokertokab.asiek.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A staff member authenticated for /api, with their Camunda groups. */
public record StaffUser(String id, List<String> groups) {

  static final String ATTRIBUTE = StaffUser.class.getName();

  public boolean inAny(Collection<String> wanted) {
    return groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN) || groups.stream().anyMatch(wanted::contains);
  }

  public static Optional<StaffUser> of(HttpServletRequest request) {
    return Optional.ofNullable((StaffUser) request.getAttribute(ATTRIBUTE));
  }
}
