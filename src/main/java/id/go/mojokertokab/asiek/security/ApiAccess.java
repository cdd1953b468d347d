package id.go.mojokertokab.asiek.security;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Who may call one endpoint of /api: its method and routed path pattern (Spring's PathPattern syntax, matched on the
 * parsed path exactly as the controller's mapping is), the lanes allowed, and what they do there, for the refusal
 * message ("Hanya Kasubag Umum ... yang dapat memesan sumber daya."). A feature declares the rules of its own
 * endpoints as beans, a single rule as an {@code ApiAccess}, several as one {@link Rules}; endpoints without a rule are
 * open to every staff member.
 *
 * @param lanes group ids; empty with {@code open}: anyone, signed in or not (the endpoint checks a token of its own)
 */
public record ApiAccess(HttpMethod method, String pathPattern, List<String> lanes, String action, boolean open) {

  public ApiAccess {
    lanes = List.copyOf(lanes);
  }

  public static ApiAccess lanes(HttpMethod method, String pathPattern, String action, List<String> lanes) {
    if (lanes.isEmpty()) {
      throw new IllegalArgumentException("An API rule for " + method + " " + pathPattern + " names no lane");
    }
    return new ApiAccess(method, pathPattern, lanes, action, false);
  }

  /** Reachable without login; the endpoint itself must refuse what its token does not open. */
  public static ApiAccess withoutLogin(HttpMethod method, String pathPattern) {
    return new ApiAccess(method, pathPattern, List.of(), "", true);
  }

  public static Rules rules(ApiAccess... rules) {
    return new Rules(List.of(rules));
  }

  /** The rules of one feature's endpoints as one bean, in the order they apply. */
  public record Rules(List<ApiAccess> rules) {

    public Rules {
      rules = List.copyOf(rules);
    }
  }
}
