package id.go.mojokertokab.asiek.security;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.security.Lanes.Lane;
import java.security.SecureRandom;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates at start-up what is missing of: the lane groups, the admin, the demo users (default profile), the Tasklist
 * filters ({@link TasklistFilters}) and the authorizations. Existing users, passwords and filters edited in Admin are left alone.
 */
@Component
class IdentitySetup extends AbstractCamundaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final SecurityProperties properties;
  private final TasklistFilters filters;

  IdentitySetup(SecurityProperties properties, TasklistFilters filters) {
    this.properties = properties;
    this.filters = filters;
    String password = properties.adminPassword();
    if (password != null && !password.isEmpty() && password.equalsIgnoreCase(properties.adminUser())) {
      throw new WeakAdminPasswordException("ASIEK_ADMIN_PASSWORD equals the admin user id '" + properties.adminUser() + "'");
    }
    if (properties.requireStrongAdminPassword()) {
      AdminPasswordPolicy.weakness(properties.adminUser(), password).ifPresent(reason -> {
        throw new WeakAdminPasswordException(reason);
      });
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    createAdmin(identity, authorizations);
    for (Lane lane : Lanes.ALL) {
      createGroup(identity, lane.groupId(), lane.name());
      if (properties.demoUsers()) {
        createUser(identity, lane.demoUserId(), lane.demoFirstName(), "(demo)",
            lane.demoUserId() + "@" + properties.demoMailDomain(), properties.demoPassword());
        if (identity.createUserQuery().userId(lane.demoUserId()).memberOfGroup(lane.groupId()).count() == 0) {
          identity.createMembership(lane.demoUserId(), lane.groupId());
        }
      }
      grantLane(authorizations, lane);
    }
    createDeployers(identity, authorizations);
    filters.create(engine);
    narrowTaskAuthorizations(authorizations);
  }

  /**
   * Tasks created before lanes held TASK_WORK (default-user-permission-name-for-task) granted their lane UPDATE, which
   * lets a member rewrite the task's variables; from now on their lane works them with TASK_WORK too.
   */
  private static void narrowTaskAuthorizations(AuthorizationService authorizations) {
    String[] lanes = Lanes.ALL.stream().map(Lane::groupId).toArray(String[]::new);
    List<Authorization> wide = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).groupIdIn(lanes)
        .hasPermission(Permissions.UPDATE).list();
    for (Authorization authorization : wide) {
      authorization.removePermission(Permissions.UPDATE);
      authorization.addPermission(Permissions.TASK_WORK);
      authorizations.saveAuthorization(authorization);
    }
    if (!wide.isEmpty()) {
      LOG.info("Narrowed {} task authorizations of lane groups from UPDATE to TASK_WORK", wide.size());
    }
  }

  private void createAdmin(IdentityService identity, AuthorizationService authorizations) {
    createGroup(identity, Groups.CAMUNDA_ADMIN, "Administrator Pustaka ASIEK");
    for (Resource resource : Resources.values()) {
      grant(authorizations, Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    String adminId = properties.adminUser();
    if (identity.createUserQuery().userId(adminId).count() == 0) {
      String password = properties.adminPassword();
      boolean generated = password == null || password.isEmpty();
      if (generated) {
        password = generatePassword();
      }
      createUser(identity, adminId, "Administrator", "Pustaka ASIEK", blankToNull(properties.adminEmail()), password);
      if (generated) {
        LOG.warn("Created administrator '{}' with the generated password {} (shown this once; set ASIEK_ADMIN_PASSWORD to choose it)",
            adminId, password);
      } else {
        LOG.info("Created administrator '{}' with the password from ASIEK_ADMIN_PASSWORD", adminId);
      }
    }
    if (identity.createUserQuery().userId(adminId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(adminId, Groups.CAMUNDA_ADMIN);
    }
    User admin = identity.createUserQuery().userId(adminId).singleResult();
    String email = blankToNull(properties.adminEmail());
    if (admin != null && email != null && (admin.getEmail() == null || admin.getEmail().isBlank())) {
      admin.setEmail(email);
      identity.saveUser(admin);
      LOG.info("Gave administrator '{}' the mail address {} (ASIEK_ADMIN_EMAIL)", adminId, email);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Perancang Proses: create deployments and read them (what Modeler's deployment needs), read the process definition.
   * Nothing else: no instances, tasks, history, Cockpit or Tasklist.
   */
  private void createDeployers(IdentityService identity, AuthorizationService authorizations) {
    createGroup(identity, Deployers.GROUP, Deployers.NAME);
    grant(authorizations, Deployers.GROUP, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ);
    grant(authorizations, Deployers.GROUP, Resources.PROCESS_DEFINITION, PustakaAsiekProcess.KEY, ProcessDefinitionPermissions.READ);
    if (properties.demoUsers()) {
      createUser(identity, Deployers.DEMO_USER, "Perancang Proses", "(demo)", Deployers.DEMO_USER + "@" + properties.demoMailDomain(),
          properties.demoPassword());
      if (identity.createUserQuery().userId(Deployers.DEMO_USER).memberOfGroup(Deployers.GROUP).count() == 0) {
        identity.createMembership(Deployers.DEMO_USER, Deployers.GROUP);
      }
    }
  }

  private void grantLane(AuthorizationService authorizations, Lane lane) {
    String group = lane.groupId();
    grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(authorizations, group, Resources.PROCESS_DEFINITION, PustakaAsiekProcess.KEY, ProcessDefinitionPermissions.READ);
    if (Lanes.STARTERS.contains(group)) {
      grant(authorizations, group, Resources.PROCESS_DEFINITION, PustakaAsiekProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(authorizations, group, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
    }
    if (Lanes.COCKPIT_READERS.contains(group)) {
      grant(authorizations, group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(authorizations, group, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
      grant(authorizations, group, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.READ);
      grant(authorizations, group, Resources.TASK, Authorization.ANY, TaskPermissions.READ);
      grant(authorizations, group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
      grant(authorizations, group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
    }
  }

  private static void createGroup(IdentityService identity, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
    }
  }

  private static void createUser(IdentityService identity, String id, String firstName, String lastName, String email, String password) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
    }
  }

  static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  private static String generatePassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
