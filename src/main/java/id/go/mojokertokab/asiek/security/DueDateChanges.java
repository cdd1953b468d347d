package id.go.mojokertokab.asiek.security;

import id.go.mojokertokab.asiek.calendar.DateBounds;
import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.security.EngineCommandPolicy.Caller;
import id.go.mojokertokab.asiek.security.EngineCommandPolicy.Verdict;
import id.go.mojokertokab.asiek.sop.SopDeadlines;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Changes to a task saved from Tasklist ("PUT /task/{id}"). A lane's supervisor may move the due date (and with it the
 * escalation timer); moving it past what the SOP's waktu gives needs a reason, which is the supervisor's own comment on
 * the task written just before, and is recorded in asiek_due_date_change. Lane members may set their follow-up date.
 * Nothing else of a task changes outside its form.
 */
@Component
record DueDateChanges(SopDeadlines deadlines, OfficeCalendar calendar, DateBounds dates, JdbcTemplate jdbc) {

  static final String DUE_DATE = "dueDate";
  static final String FOLLOW_UP_DATE = "followUpDate";
  /** How long a comment counts as the reason for the next due date move. */
  static final Duration REASON_WINDOW = Duration.ofMinutes(30);

  Verdict decide(TaskEntity changed, TaskEntity stored, Caller caller, boolean worker, List<String> supervisorLanes,
      boolean supervisor, CommandContext context) {
    Set<String> changes = new TreeSet<>(changed.getPropertyChanges().keySet());
    if (changes.isEmpty()) {
      return worker || supervisor ? Verdict.ALLOWED_BY_POLICY : Verdict.ENGINE_DECIDES;
    }
    Set<String> others = new TreeSet<>(changes);
    others.removeAll(Set.of(DUE_DATE, FOLLOW_UP_DATE));
    if (!others.isEmpty()) {
      throw new AuthorizationException("Dari Tasklist staf hanya dapat mengubah tenggat (atasan lajur) dan tanggal tindak lanjut; "
          + String.join(", ", others) + " hanya diubah oleh administrator.");
    }
    if (changes.contains(FOLLOW_UP_DATE) && !worker && !supervisor) {
      throw new AuthorizationException("Tanggal tindak lanjut hanya diatur oleh anggota dan atasan lajur tugas ini.");
    }
    if (changes.contains(DUE_DATE)) {
      checkDueDate(changed, stored, caller, supervisorLanes, supervisor, context);
    }
    return Verdict.ALLOWED_BY_POLICY;
  }

  private void checkDueDate(TaskEntity changed, TaskEntity stored, Caller caller, List<String> supervisorLanes,
      boolean supervisor, CommandContext context) {
    String task = "\"" + stored.getName() + "\"";
    if (!supervisor) {
      throw new AuthorizationException("Tenggat tugas " + task + " hanya dapat diubah oleh atasan lajurnya ("
          + String.join(", ", supervisorLanes.stream().map(Lanes::name).toList()) + ").");
    }
    Date newDue = changed.getDueDate();
    if (newDue == null) {
      throw new BadUserRequestException("Tenggat tugas " + task + " tidak boleh dihapus: tanpa tenggat, keterlambatan tidak lagi dilaporkan.");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (!newDue.toInstant().isAfter(now)) {
      throw new BadUserRequestException("Tenggat baru tugas " + task + " harus setelah saat ini.");
    }
    ZoneId zone = calendar.properties().zone();
    var today = now.atZone(zone).toLocalDate();
    if (!dates.accepts(newDue.toInstant().atZone(zone).toLocalDate(), today)) {
      throw new BadUserRequestException("Tenggat baru tugas " + task + " harus berisi tanggal " + dates.range(today) + ".");
    }
    Optional<Instant> sopDue = deadlines.sopDueDate(stored);
    Optional<Comment> reason = Optional.empty();
    if (sopDue.isPresent() && newDue.toInstant().isAfter(sopDue.get().plusSeconds(60))) {
      reason = reasonFor(stored.getId(), caller.userId(), now, context);
      if (reason.isEmpty()) {
        throw new BadUserRequestException("Tenggat tugas " + task + " melewati batas waktu SOP ("
            + calendar.formatDateTime(sopDue.get()) + ") hanya dengan alasan yang dicatat: tulis alasannya sebagai "
            + "komentar pada tugas ini, lalu ubah tenggat lagi.");
      }
    }
    jdbc.update("insert into asiek_due_date_change (task_id, process_instance_id, task_name, changed_by, previous_due, new_due,"
            + " sop_due, reason, comment_id, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        stored.getId(), stored.getProcessInstanceId(), stored.getName(), caller.userId(), utc(stored.getDueDate()),
        utc(newDue), sopDue.map(DueDateChanges::utc).orElse(null), reason.map(Comment::getFullMessage).orElse(null),
        reason.map(Comment::getId).orElse(null), utc(Date.from(now)));
  }

  /** The caller's latest comment on the task, written within the window and not yet given as a reason. */
  private Optional<Comment> reasonFor(String taskId, String userId, Instant now, CommandContext context) {
    Set<String> used = new TreeSet<>(jdbc.queryForList(
        "select comment_id from asiek_due_date_change where task_id = ? and comment_id is not null", String.class, taskId));
    return context.getCommentManager().findCommentsByTaskId(taskId).stream()
        .filter(comment -> userId.equals(comment.getUserId()) && !used.contains(comment.getId()))
        .filter(comment -> !comment.getTime().toInstant().isBefore(now.minus(REASON_WINDOW)))
        .filter(comment -> comment.getFullMessage() != null && !comment.getFullMessage().isBlank())
        .max(Comparator.comparing(Comment::getTime));
  }

  private static OffsetDateTime utc(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
