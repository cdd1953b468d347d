package id.go.mojokertokab.asiek.rescheduling;

import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may move a session: the cooperation analyst, who agrees the schedule with the requester (SOP row 2) and hears of
 * a change first, and Bidang Pengembangan, who owns the activity and supervises the analyst (standing in when the
 * analyst is away). Not the KADIS, Kasubag Umum or the day's lanes: they are told, and their work follows.
 */
@Configuration(proxyBeanMethods = false)
class ReschedulingAccess {

  static final String MOVE = "memindah sesi kegiatan";

  @Bean
  ApiAccess.Rules sessionMoveAccess() {
    return ApiAccess.rules(
        ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/sesi/{session}/pemindahan", MOVE, Lanes.RESCHEDULERS),
        ApiAccess.lanes(HttpMethod.GET, "/staf/kegiatan/{number}/jadwal", MOVE, Lanes.RESCHEDULERS),
        ApiAccess.lanes(HttpMethod.POST, "/staf/kegiatan/{number}/jadwal/sesi/{session}", MOVE, Lanes.RESCHEDULERS));
  }
}
