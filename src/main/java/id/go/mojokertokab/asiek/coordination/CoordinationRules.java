package id.go.mojokertokab.asiek.coordination;

import static id.go.mojokertokab.asiek.coordination.CoordinationForm.END_TIME;
import static id.go.mojokertokab.asiek.coordination.CoordinationForm.QUANTITY;
import static id.go.mojokertokab.asiek.coordination.CoordinationForm.RESOURCE_ID;
import static id.go.mojokertokab.asiek.coordination.CoordinationForm.SESSION_DATE;
import static id.go.mojokertokab.asiek.coordination.CoordinationForm.SESSION_TYPE;
import static id.go.mojokertokab.asiek.coordination.CoordinationForm.START_TIME;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.DISPOSITION_CONVEYED_AT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.EQUIPMENT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.REGISTRATION_DEADLINE;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars.SESSIONS;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import id.go.mojokertokab.asiek.schedule.Resource;
import id.go.mojokertokab.asiek.schedule.ResourceKind;
import id.go.mojokertokab.asiek.schedule.ScheduleRepository;
import id.go.mojokertokab.asiek.schedule.Session;
import id.go.mojokertokab.asiek.schedule.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Form_CoordinateWithRequester: the disposition was conveyed in the past; every session is complete (an opening, a
 * material day and a practice day at least); equipment names the office's equipment; registration closes before the
 * opening. Conflicts with the calendar and other bookings are not refused here: the conflict check reports them all.
 */
@FormBean(form = Forms.COORDINATE_WITH_REQUESTER)
record CoordinationRules(ScheduleRepository repository) implements FormRules {

  @Override
  public void check(FormCheck check) {
    check.requireNotFutureTime(DISPOSITION_CONVEYED_AT.name());
    checkSessions(check);
    checkEquipment(check);
    check.requireNotPast(REGISTRATION_DEADLINE.name());
  }

  private void checkSessions(FormCheck check) {
    List<Map<String, Object>> sessions = check.values().objects(SESSIONS.name());
    if (sessions.isEmpty()) {
      check.reject(SESSIONS.name(), "Kolom \"Sesi kegiatan\" wajib diisi: pembukaan, penerangan materi dan praktik peserta.");
      return;
    }
    Set<SessionType> types = EnumSet.noneOf(SessionType.class);
    LocalDate first = null;
    for (int i = 0; i < sessions.size(); i++) {
      Map<String, Object> session = sessions.get(i);
      String which = "Sesi ke-" + (i + 1);
      Optional<SessionType> type = CoordinationForm.sessionType(session.get(SESSION_TYPE));
      Optional<LocalDate> date = CoordinationForm.date(session.get(SESSION_DATE));
      Optional<LocalTime> start = CoordinationForm.time(session.get(START_TIME));
      Optional<LocalTime> end = CoordinationForm.time(session.get(END_TIME));
      if (type.isEmpty() || date.isEmpty() || start.isEmpty() || end.isEmpty()) {
        check.reject(SESSIONS.name() + i, which + ": jenis sesi, tanggal, jam mulai dan jam selesai wajib diisi.");
        continue;
      }
      types.add(type.get());
      if (!end.get().isAfter(start.get())) {
        check.reject(SESSIONS.name() + i, which + ": jam selesai harus setelah jam mulai.");
      }
      if (date.get().isBefore(check.today())) {
        check.reject(SESSIONS.name() + i, which + ": tanggal " + date.get() + " sudah lewat.");
      }
      check.requireWithinBounds(SESSIONS.name() + i, which + ": kolom \"Tanggal\"", date.get());
      first = first == null || date.get().isBefore(first) ? date.get() : first;
    }
    List<Session> periods = CoordinationForm.sessions(check.values(), java.time.ZoneOffset.UTC);
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
        check.reject(SESSIONS.name(), "Kolom \"Sesi kegiatan\": sesi tidak boleh saling tumpang tindih waktunya.");
      }
    }
    Set<SessionType> missing = EnumSet.allOf(SessionType.class);
    missing.removeAll(types);
    if (!missing.isEmpty()) {
      check.reject(SESSIONS.name(), "Kolom \"Sesi kegiatan\" belum memuat sesi " + missing.stream().map(SessionType::label)
          .collect(Collectors.joining(", ")) + ".");
    }
    LocalDate opening = first;
    if (opening != null) {
      check.values().date(REGISTRATION_DEADLINE.name()).filter(deadline -> !deadline.isBefore(opening)).ifPresent(deadline ->
          check.reject(REGISTRATION_DEADLINE.name(), "Kolom " + check.label(REGISTRATION_DEADLINE.name()) + " harus sebelum hari pembukaan."));
    }
  }

  private void checkEquipment(FormCheck check) {
    List<Map<String, Object>> items = check.values().objects(EQUIPMENT.name());
    Set<String> equipment = repository.resources().stream().filter(r -> r.kind() == ResourceKind.EQUIPMENT && r.active())
        .map(Resource::id).collect(Collectors.toSet());
    for (int i = 0; i < items.size(); i++) {
      Object id = items.get(i).get(RESOURCE_ID);
      Object quantity = items.get(i).get(QUANTITY);
      boolean empty = (id == null || id.toString().isBlank()) && quantity == null;
      if (empty) {
        continue;
      }
      if (id == null || !equipment.contains(id.toString())) {
        check.reject(EQUIPMENT.name() + i, "Peralatan ke-" + (i + 1) + ": pilih salah satu peralatan dinas.");
      }
      if (CoordinationForm.quantity(quantity) < 1) {
        check.reject(EQUIPMENT.name() + i, "Peralatan ke-" + (i + 1) + ": jumlah harus bilangan bulat paling sedikit 1.");
      }
    }
  }
}
