package id.go.mojokertokab.asiek.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks HTTP Basic credentials against Camunda's users; the user's Camunda groups become its authorities. */
@Component
record CamundaUserAuthenticationProvider(IdentityService identityService) implements AuthenticationProvider {

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isEmpty() || !(credentials instanceof String password)
        || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Nama pengguna atau kata sandi salah.");
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    StaffUser user = new StaffUser(userId, groups);
    return UsernamePasswordAuthenticationToken.authenticated(user, null,
        groups.stream().map(SimpleGrantedAuthority::new).toList());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
