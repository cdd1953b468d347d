package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.api.Problems;
import id.go.mojokertokab.asiek.calendar.CalendarProperties;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.StaffUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * /api/jadwal: iCalendar feeds that calendar clients subscribe to (a room's bookings, an activity's sessions), opened by
 * a staff login or by the feed's token, and the subscribable URLs with their tokens for staff.
 */
@RestController
@RequestMapping("/api/jadwal")
record CalendarFeeds(ScheduleRepository repository, FeedTokens tokens, ActivityRepository activities, MailProperties mail,
    CalendarProperties calendar, Clock clock) {

  private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
  private static final String REALM = "Basic realm=\"Pustaka ASIEK\", charset=\"UTF-8\"";
  private static final Duration PAST = Duration.ofDays(31);
  private static final Duration AHEAD = Duration.ofDays(366);

  /** The subscribable URLs of every room's feed (and of an activity's, when named). */
  @GetMapping("/tautan")
  Map<String, String> feedLinks(@RequestParam(required = false) String kegiatan) {
    Map<String, String> links = new LinkedHashMap<>();
    for (Resource resource : repository.resources()) {
      if (resource.kind() == ResourceKind.ROOM) {
        links.put(resource.name(), url("ruang/" + resource.id()));
      }
    }
    if (kegiatan != null && activities.find(kegiatan).isPresent()) {
      links.put(kegiatan, url("kegiatan/" + kegiatan));
    }
    return links;
  }

  @GetMapping("/ruang/{id}.ics")
  ResponseEntity<String> roomFeed(@PathVariable String id, @RequestParam(required = false) String token,
      @AuthenticationPrincipal StaffUser user) {
    open(user, "ruang/" + id, token);
    Resource room = repository.resource(id).filter(r -> r.kind() == ResourceKind.ROOM).orElseThrow(CalendarFeeds::noSuchFeed);
    Instant now = clock.instant();
    ZoneId zone = calendar.zone();
    List<Invitation.Event> events = repository.bookings(id, now.minus(PAST), now.plus(AHEAD)).stream()
        .map(b -> new Invitation.Event("booking-" + b.id() + "@pustaka-asiek", b.start().atZone(zone), b.end().atZone(zone),
            b.title(), room.name(), null))
        .toList();
    return ResponseEntity.ok().contentType(CALENDAR).body(Invitation.render("PUBLISH", zone, events, 0, null));
  }

  @GetMapping("/kegiatan/{number}.ics")
  ResponseEntity<String> activityFeed(@PathVariable String number, @RequestParam(required = false) String token,
      @AuthenticationPrincipal StaffUser user) {
    open(user, "kegiatan/" + number, token);
    Activity activity = activities.find(number).orElseThrow(CalendarFeeds::noSuchFeed);
    ActivitySchedule booked = repository.activitySchedule(number);
    ZoneId zone = calendar.zone();
    return ResponseEntity.ok().contentType(CALENDAR).body(Invitation.render("PUBLISH", zone,
        booked.events(activity.institutionName(), zone), repository.revision(number), mail.from()));
  }

  private String url(String feed) {
    return mail.publicUrl() + "/api/jadwal/" + feed + ".ics?token=" + tokens.tokenFor(feed);
  }

  /**
   * A staff member, or anyone with the feed's token. Without a token a feed is for staff, and calendar clients are asked
   * to log in; a wrong token looks like a missing feed.
   */
  private void open(StaffUser user, String feed, String token) {
    if (token == null && user == null) {
      ErrorResponseException signIn = new ErrorResponseException(HttpStatus.UNAUTHORIZED, Problems.of(HttpStatus.UNAUTHORIZED,
          "Masuk dengan nama pengguna dan kata sandi Camunda, atau buka kalender dengan tautan bertoken (GET /api/jadwal/tautan)."), null);
      signIn.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, REALM);
      throw signIn;
    }
    if (!(user != null && user.isStaff()) && !tokens.valid(feed, token)) {
      throw noSuchFeed();
    }
  }

  private static ResponseStatusException noSuchFeed() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Kalender ini tidak ditemukan.");
  }

  /** Feeds open with their token, for calendar clients that cannot log in. */
  @Bean
  static ApiAccess.Rules feedAccess() {
    return ApiAccess.rules(
        ApiAccess.withoutLogin(HttpMethod.GET, "/api/jadwal/ruang/{id}.ics"),
        ApiAccess.withoutLogin(HttpMethod.GET, "/api/jadwal/kegiatan/{number}.ics"));
  }
}
