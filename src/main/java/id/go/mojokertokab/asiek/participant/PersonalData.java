package id.go.mojokertokab.asiek.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A participant's rights under UU 27/2022 and the end of retention: one person's data as JSON, one person's erasure on
 * request, and the automatic purge of an activity's personal data once the retention period after its last day has
 * passed. Attendance counts stay; every erasure and purge is recorded in asiek_personal_data_purge.
 */
@Service
public record PersonalData(Registrations registrations, Attendances attendances, AttendanceDesk attendance,
    RegistrationDesk desk, ConsentText consent, ParticipantProperties properties, JdbcTemplate jdbc, Clock clock,
    TransactionTemplate transaction) {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);

  /** Everything kept about one registration, as the person may ask to receive it. */
  public Optional<Map<String, Object>> export(String activityNumber, String typedCode) {
    return find(activityNumber, typedCode).map(p -> {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("kegiatan", p.activityNumber());
      data.put("kodePeserta", p.displayCode());
      data.put("nama", p.fullName());
      data.put("alamat", p.address());
      data.put("telepon", p.phone());
      data.put("email", p.email());
      data.put("lembagaAtauKelas", p.affiliation());
      data.put("status", p.status().label());
      data.put("caraMendaftar", p.source() == Participant.Source.ONLINE ? "halaman pendaftaran" : "peserta di tempat");
      data.put("terdaftarPada", p.registeredAt().toString());
      data.put("persetujuan", Map.of("versi", p.consentVersion() == null ? "-" : p.consentVersion(),
          "diberikanPada", p.consentedAt() == null ? "-" : p.consentedAt().toString(),
          "teks", Optional.ofNullable(consent.textOf(p.consentVersion())).orElse("-")));
      data.put("hadirPada", attendances.daysAttended(p.id()).stream().map(LocalDate::toString).toList());
      data.put("alasanDihapusDariDaftar", RemovalReason.of(p.removalReason()).map(RemovalReason::label).orElse(null));
      data.put("dataDihapusPada", p.erasedAt() == null ? null : p.erasedAt().toString());
      data.put("dataDisimpanSampai", retainedUntil(p.activityNumber()).toString());
      return data;
    });
  }

  /**
   * Erases one person's data on their request: name, address, phone, e-mail and affiliation are emptied; a registration
   * still counting before the workshop is cancelled first (its place goes to the first waiting); the kept daftar hadir
   * of the days they attended are written again without them; the attendance counts stay.
   *
   * @return false if there is no such registration or it was erased before
   */
  public boolean erase(String activityNumber, String typedCode, String by) {
    Optional<Participant> found = find(activityNumber, typedCode).filter(p -> !p.erased());
    if (found.isEmpty()) {
      return false;
    }
    return transaction.execute(status -> {
      RegistrationWindow window = registrations.lockWindow(activityNumber).orElseThrow();
      Participant p = registrations.byId(found.get().id()).orElseThrow();
      if (p.erased()) {
        return false;
      }
      Instant now = clock.instant();
      if ((p.status() == ParticipantStatus.CONFIRMED || p.status() == ParticipantStatus.WAITING) && !window.listFixed()
          && window.cancelledAt() == null) {
        desk.withdraw(p, window, now, by);
      }
      List<LocalDate> attended = attendances.daysAttended(p.id());
      registrations.erase(p.id(), now, by);
      forgetMailRecipients("participant:" + activityNumber + ":" + p.code() + ":%");
      for (LocalDate day : attended) {
        attendances.day(activityNumber, day).filter(AttendanceDay::closed).ifPresent(attendance::keepSheets);
      }
      record(activityNumber, p.code(), "ERASURE", 1,
          attended.isEmpty() ? "tidak tercatat hadir" : "tercatat hadir: " + attended.stream().map(LocalDate::toString).collect(Collectors.joining(", ")),
          by, now);
      return true;
    });
  }

  /** Daily at 01.30 (Asia/Jakarta): purges every activity whose retention has ended. */
  @Scheduled(cron = "${asiek.participants.purge-cron:0 30 1 * * *}", zone = "${asiek.calendar.zone:Asia/Jakarta}")
  public void purgeOnSchedule() {
    int purged = purgeExpired();
    if (purged > 0) {
      LOG.info("Purged the participants' personal data of {} activities whose retention of {} ended", purged, properties.retention());
    }
  }

  /** @return how many activities were purged now */
  public int purgeExpired() {
    LocalDate today = LocalDate.now(clock);
    LocalDate lastDayBefore = today.minus(properties.retention());
    int purged = 0;
    for (RegistrationWindow window : registrations.windowsEndedBefore(lastDayBefore)) {
      if (Boolean.TRUE.equals(transaction.execute(status -> purge(window.activityNumber())))) {
        purged++;
      }
    }
    return purged;
  }

  private boolean purge(String activityNumber) {
    RegistrationWindow window = registrations.lockWindow(activityNumber).orElseThrow();
    if (window.purgedAt() != null) {
      return false;
    }
    Instant now = clock.instant();
    List<Participant> participants = registrations.of(activityNumber);
    for (Participant p : participants) {
      if (!p.erased()) {
        registrations.erase(p.id(), now, "retensi");
      }
    }
    forgetMailRecipients("participant:" + activityNumber + ":%");
    attendances.deleteSheets(activityNumber);
    List<String> counts = new ArrayList<>();
    for (AttendanceDay day : attendances.days(activityNumber)) {
      counts.add(day.date() + ": " + attendances.count(activityNumber, day.date()) + " hadir");
    }
    record(activityNumber, null, "RETENTION", participants.size(), counts.isEmpty() ? "-" : String.join("; ", counts), "retensi", now);
    registrations.markPurged(activityNumber, now);
    return true;
  }

  /** The last day personal data of this activity are kept. */
  public LocalDate retainedUntil(String activityNumber) {
    return registrations.window(activityNumber).map(w -> w.lastDay().plus(properties.retention())).orElseThrow();
  }

  /** What was erased and purged, newest first. */
  public List<Map<String, Object>> records(String activityNumber) {
    return jdbc.queryForList("select participant_code, reason, participants, attendance, performed_by, performed_at "
        + "from asiek_personal_data_purge where activity_number = ? order by performed_at desc, id desc", activityNumber);
  }

  private Optional<Participant> find(String activityNumber, String typedCode) {
    return ParticipantCodes.parse(typedCode).flatMap(code -> registrations.byCode(activityNumber, code));
  }

  /** The mail log keeps who a mail went to; for participants' mails that is personal data too. */
  private void forgetMailRecipients(String keyPattern) {
    jdbc.update("update asiek_mail_log set recipients = '(dihapus)' where message_key like ?", keyPattern);
  }

  private void record(String activityNumber, String code, String reason, int count, String attendanceSummary, String by, Instant at) {
    jdbc.update("""
        insert into asiek_personal_data_purge (activity_number, participant_code, reason, participants, attendance, performed_by, performed_at)
        values (?, ?, ?, ?, ?, ?, ?)""", activityNumber, code, reason, count, attendanceSummary, by, Timestamp.from(at));
  }
}
