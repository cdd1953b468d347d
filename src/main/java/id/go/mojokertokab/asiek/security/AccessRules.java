package id.go.mojokertokab.asiek.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The {@link ApiAccess} rules of one area (/api, /staf) applied to a chain, and the sentence that names who may. */
final class AccessRules {

  private AccessRules() {}

  /** Every staff member: a lane's group or the administrators. */
  static String[] staff() {
    return Stream.concat(Stream.of(Groups.CAMUNDA_ADMIN), Lanes.ALL.stream().map(Lanes.Lane::groupId)).toArray(String[]::new);
  }

  /** Every rule the features declare, alone or in their {@link ApiAccess.Rules}. */
  static List<ApiAccess> declared(ObjectProvider<ApiAccess> single, ObjectProvider<ApiAccess.Rules> grouped) {
    return Stream.concat(single.orderedStream(), grouped.orderedStream().flatMap(rules -> rules.rules().stream())).toList();
  }

  static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry authorize,
      List<ApiAccess> rules, String area) {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    for (ApiAccess rule : rules) {
      if (!rule.pathPattern().startsWith(area + "/") && !rule.pathPattern().equals(area)) {
        continue;
      }
      var matcher = paths.matcher(rule.method(), rule.pathPattern());
      if (rule.open()) {
        authorize.requestMatchers(matcher).permitAll();
      } else {
        List<String> allowed = new ArrayList<>(rule.lanes());
        if (!allowed.contains(Groups.CAMUNDA_ADMIN)) {
          allowed.add(Groups.CAMUNDA_ADMIN);
        }
        authorize.requestMatchers(matcher).hasAnyAuthority(allowed.toArray(String[]::new));
      }
    }
    authorize.anyRequest().hasAnyAuthority(staff());
  }

  /** "Hanya Kasubag Umum dan Bidang Pengembangan yang dapat memesan sumber daya." for the rule the request fell under. */
  static String refusal(HttpServletRequest request, StaffUser user, List<ApiAccess> rules) {
    if (!user.isStaff()) {
      return "Hanya staf dinas yang dapat membuka halaman ini.";
    }
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return rules.stream().filter(rule -> !rule.open() && paths.matcher(rule.method(), rule.pathPattern()).matches(request))
        .findFirst()
        .map(rule -> "Hanya " + Lanes.names(rule.lanes()) + " yang dapat " + rule.action() + ".")
        .orElse("Anda tidak berwenang melakukan tindakan ini.");
  }

  static String laneNames(List<String> groupIds) {
    List<String> names = groupIds.stream().map(id -> Groups.CAMUNDA_ADMIN.equals(id) ? "administrator" : Lanes.name(id)).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " dan " + names.get(names.size() - 1);
  }
}
