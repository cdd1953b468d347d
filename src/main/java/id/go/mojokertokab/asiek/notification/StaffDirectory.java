package id.go.mojokertokab.asiek.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The mail addresses of a lane's staff, from Camunda's identity service. */
@Component
public record StaffDirectory(IdentityService identityService) {

  /** The addresses of the group's members; fails with a message for Cockpit when nobody in it has one. */
  public List<String> emailsOf(String groupId) {
    List<String> emails = identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .distinct()
        .toList();
    if (emails.isEmpty()) {
      throw new IllegalStateException("Tidak ada anggota grup '" + groupName(groupId)
          + "' yang memiliki alamat e-mail. Isi e-mail pengguna di Camunda Admin, lalu ulangi job ini (Retry) di Cockpit.");
    }
    return emails;
  }

  /** The addresses of all these groups' members, each once; every group must have at least one. */
  public List<String> emailsOf(Collection<String> groupIds) {
    Set<String> emails = new LinkedHashSet<>();
    groupIds.forEach(groupId -> emails.addAll(emailsOf(groupId)));
    return List.copyOf(emails);
  }

  public String groupName(String groupId) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }
}
