package id.go.mojokertokab.asiek.sop;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which group is told when a lane's task is overdue: lane group id → supervisor group id. */
@ConfigurationProperties("asiek.escalation")
public record EscalationProperties(Map<String, String> supervisors) {

  public EscalationProperties {
    supervisors = supervisors == null ? Map.of() : Map.copyOf(supervisors);
  }

  public String supervisorOf(String laneGroup) {
    return supervisors.get(laneGroup);
  }
}
