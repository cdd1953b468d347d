package id.go.mojokertokab.asiek.schedule;

import id.go.mojokertokab.asiek.activity.Activity;
import id.go.mojokertokab.asiek.activity.ActivityRepository;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.StaffUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * /staf/jadwal: a week and month calendar (FullCalendar, served from the jar) of every booking of the office's rooms,
 * speakers and equipment, Pustaka ASIEK sessions and other office events alike, in Asia/Jakarta time with Indonesian
 * day and month names; a booking of an activity opens that activity. For every staff member.
 */
@Controller
record ScheduleCalendarPage(ScheduleRepository schedule, ActivityRepository activities, OfficeCalendar calendar) {

  static final String PATH = "/staf/jadwal";
  private static final int MAX_DAYS = 62;



  /** @param tanggal the day to open the calendar at (default: today in Jakarta) */
  @GetMapping(PATH)
  String page(@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
      iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate tanggal, Model model) {
    model.addAttribute("tanggal", tanggal == null ? "" : tanggal.toString());
    model.addAttribute("sumberDaya", schedule.resources().stream().filter(Resource::active).toList());
    model.addAttribute("zona", zone().getId());
    model.addAttribute("jamBuka", calendar.properties().opens().toString());
    model.addAttribute("jamTutup", calendar.properties().closes().toString());
    return "staf/jadwal";
  }

  /**
   * A booking as FullCalendar reads it: Jakarta wall-clock times without offset. The page runs the calendar in UTC
   * with "now" given as Jakarta's wall clock, so every browser shows office time, whatever its own time zone.
   */
  record Event(String id, String title, String start, String end, String classNames, Map<String, Object> extendedProps) {}

  /** The bookings overlapping [start, end), as FullCalendar asks for them (ISO dates or date-times). */
  @GetMapping(PATH + "/pemesanan")
  @ResponseBody
  List<Event> bookings(@RequestParam String start, @RequestParam String end, @RequestParam(required = false) String sumberDaya) {
    LocalDateTime from = localTime(start);
    LocalDateTime until = localTime(end);
    if (!until.isAfter(from) || from.plusDays(MAX_DAYS).isBefore(until)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Rentang kalender paling lama " + MAX_DAYS + " hari.");
    }
    Map<String, Resource> resources = schedule.resources().stream().collect(Collectors.toMap(Resource::id, Function.identity()));
    String resource = sumberDaya == null || sumberDaya.isBlank() ? null : sumberDaya;
    return schedule.bookings(resource, from.atZone(zone()).toInstant(), until.atZone(zone()).toInstant()).stream()
        .map(booking -> event(booking, resources.get(booking.resourceId()))).toList();
  }

  /** What a click on a booking of an activity shows: the activity and all its sessions. */
  @GetMapping(PATH + "/kegiatan/{number}")
  @ResponseBody
  Map<String, Object> activity(@PathVariable String number, @AuthenticationPrincipal StaffUser user) {
    Activity activity = activities.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Kegiatan " + number + " tidak ditemukan."));
    Map<String, Resource> resources = schedule.resources().stream().collect(Collectors.toMap(Resource::id, Function.identity()));
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("nomor", activity.activityNumber());
    shown.put("lembaga", activity.institutionName());
    shown.put("perihal", activity.subject());
    shown.put("status", status(activity));
    shown.put("peserta", activity.expectedParticipants());
    shown.put("pemesanan", schedule.bookingsOf(number).stream().map(b -> Map.of(
        "sumberDaya", resources.containsKey(b.resourceId()) ? resources.get(b.resourceId()).name() : b.resourceId(),
        "sesi", b.sessionType() == null ? "" : b.sessionType().label(),
        "jumlah", b.quantity(),
        "waktu", calendar.formatPeriod(b.start(), b.end()))).toList());
    if (user.inAny(Lanes.COCKPIT_READERS)) {
      shown.put("cockpit", "/camunda/app/cockpit/default/#/process-instance/" + activity.processInstanceId());
    }
    return shown;
  }

  private Event event(Booking booking, Resource resource) {
    String name = resource == null ? booking.resourceId() : resource.name();
    // an activity's sessions lead with its number (several resources share each session); other events with the resource
    String title = booking.activityNumber() != null
        ? booking.activityNumber() + (booking.sessionType() == null ? "" : " · " + booking.sessionType().label()) + ": " + name
        : name + ": " + booking.title();
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("sumberDaya", name);
    props.put("jenis", resource == null ? "" : resource.kind().name());
    props.put("jumlah", booking.quantity());
    props.put("kegiatan", booking.activityNumber() == null ? "" : booking.activityNumber());
    props.put("judul", booking.title() == null ? "" : booking.title());
    props.put("waktu", calendar.formatPeriod(booking.start(), booking.end()));
    String kind = resource == null ? "lain" : resource.kind().name().toLowerCase(java.util.Locale.ROOT);
    return new Event(String.valueOf(booking.id()), title, local(booking.start()), local(booking.end()),
        "jenis-" + kind + (booking.activityNumber() == null ? " acara-lain" : " kegiatan"), props);
  }

  private static String status(Activity activity) {
    return activity.status().label();
  }

  private String local(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, zone()).toString();
  }

  /** "2026-12-14" or "2026-12-14T00:00:00", with or without an offset: the office's wall-clock time (see {@link Event}). */
  private LocalDateTime localTime(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      return LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text);
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tanggal \"" + text + "\" tidak terbaca.");
    }
  }

  private ZoneId zone() {
    return calendar.properties().zone();
  }
}
