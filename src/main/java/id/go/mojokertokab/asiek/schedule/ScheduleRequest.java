package id.go.mojokertokab.asiek.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * What an activity asks of the schedule: its sessions and the resources each session needs (the room, the speaker,
 * equipment with quantities). {@code title} names the activity in other people's conflict reports.
 */
public record ScheduleRequest(String activityNumber, String title, List<Session> sessions, List<ResourceDemand> demands,
    Integer participants) {

  public ScheduleRequest {
    sessions = List.copyOf(sessions);
    demands = List.copyOf(demands);
  }

  public ScheduleRequest withSessions(List<Session> moved) {
    return new ScheduleRequest(activityNumber, title, moved, demands, participants);
  }

  public static List<ResourceDemand> demands(String roomId, String speakerId, List<ResourceDemand> equipment) {
    List<ResourceDemand> all = new ArrayList<>();
    if (roomId != null) {
      all.add(new ResourceDemand(roomId, 1));
    }
    if (speakerId != null) {
      all.add(new ResourceDemand(speakerId, 1));
    }
    all.addAll(equipment);
    return all;
  }
}
