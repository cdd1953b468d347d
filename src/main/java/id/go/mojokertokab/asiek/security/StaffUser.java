package id.go.mojokertokab.asiek.security;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * A staff member signed in to /api, with their Camunda groups. Controllers receive it as
 * {@code @AuthenticationPrincipal StaffUser user}.
 */
public record StaffUser(String id, List<String> groups) implements Principal {

  public StaffUser {
    groups = List.copyOf(groups);
  }

  public boolean isAdmin() {
    return groups.contains(Groups.CAMUNDA_ADMIN);
  }

  public boolean inAny(Collection<String> wanted) {
    return isAdmin() || groups.stream().anyMatch(wanted::contains);
  }

  /** A member of a lane group or an administrator: who may use the staff API at all. */
  public boolean isStaff() {
    return isAdmin() || Lanes.ALL.stream().anyMatch(lane -> groups.contains(lane.groupId()));
  }

  @Override
  public String getName() {
    return id;
  }
}
