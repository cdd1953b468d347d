package id.go.mojokertokab.asiek.staff;

import id.go.mojokertokab.asiek.security.Deployers;
import id.go.mojokertokab.asiek.security.Lanes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates the staff of a CSV file as Camunda users in their lanes, all or nothing. A new member gets a
 * generated initial password, shown once to the administrator; an existing one keeps theirs, gets the file's name and
 * mail address and is added to the lanes the file names (never removed from others, never made an administrator).
 */
@Service
class StaffImport {

  private static final Logger LOG = LoggerFactory.getLogger(StaffImport.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final IdentityService identity;
  private final SecureRandom random = new SecureRandom();

  StaffImport(IdentityService identity) {
    this.identity = identity;
  }

  /** What the import did with one row. */
  record Outcome(int line, String userId, String name, String action, List<String> lanes, String initialPassword) {}

  record Result(List<Outcome> outcomes, List<String> errors) {}

  /** The groups a file may name: the lanes and the deployers. */
  static Map<String, String> importableGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    Lanes.ALL.forEach(lane -> groups.put(lane.groupId(), lane.name()));
    groups.put(Deployers.GROUP, Deployers.NAME);
    return groups;
  }

  @Transactional
  Result importCsv(String csv, String administrator) {
    StaffCsv.Parsed parsed = new StaffCsv(importableGroups()).parse(csv);
    if (!parsed.errors().isEmpty()) {
      return new Result(List.of(), parsed.errors());
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (StaffRow row : parsed.rows()) {
      outcomes.add(apply(row));
    }
    LOG.info("Administrator {} imported {} staff members ({} new)", administrator, outcomes.size(),
        outcomes.stream().filter(o -> o.initialPassword() != null).count());
    return new Result(outcomes, List.of());
  }

  private Outcome apply(StaffRow row) {
    User user = identity.createUserQuery().userId(row.userId()).singleResult();
    String password = null;
    String action;
    if (user == null) {
      user = identity.newUser(row.userId());
      password = password();
      user.setPassword(password);
      action = "dibuat";
    } else {
      action = Objects.equals(user.getFirstName(), row.firstName()) && Objects.equals(user.getLastName(), row.lastName())
          && Objects.equals(user.getEmail(), row.email()) ? "tanpa perubahan" : "diperbarui";
    }
    user.setFirstName(row.firstName());
    user.setLastName(row.lastName());
    user.setEmail(row.email());
    identity.saveUser(user);
    List<String> names = new ArrayList<>();
    for (String group : row.groups()) {
      if (identity.createUserQuery().userId(row.userId()).memberOfGroup(group).count() == 0) {
        identity.createMembership(row.userId(), group);
        if (action.equals("tanpa perubahan")) {
          action = "diperbarui";
        }
      }
      names.add(importableGroups().get(group));
    }
    return new Outcome(row.line(), row.userId(), row.name(), action, names, password);
  }

  private String password() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
