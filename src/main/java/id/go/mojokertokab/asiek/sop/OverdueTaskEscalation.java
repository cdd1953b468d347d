package id.go.mojokertokab.asiek.sop;

import id.go.mojokertokab.asiek.calendar.OfficeCalendar;
import id.go.mojokertokab.asiek.notification.MailProperties;
import id.go.mojokertokab.asiek.notification.MailService;
import id.go.mojokertokab.asiek.notification.OutgoingMail;
import id.go.mojokertokab.asiek.notification.StaffDirectory;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Timeout listener of every user task ({@code ${overdueTaskEscalation}}): the task ran past its waktu, so the
 * supervisors of its lane are told by mail, once. Runs in the timer's job: an SMTP failure is retried, then an incident.
 */
@Component("overdueTaskEscalation")
public record OverdueTaskEscalation(EscalationProperties escalation, StaffDirectory staff, MailService mail, OfficeCalendar calendar, MailProperties mailProperties) implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Set<String> lanes = new LinkedHashSet<>();
    Set<String> recipients = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        lanes.add(link.getGroupId());
        String supervisor = escalation.supervisorOf(link.getGroupId());
        if (supervisor == null) {
          throw new IllegalStateException("asiek.escalation.supervisors names no supervisor for lane '" + link.getGroupId() + "'");
        }
        recipients.addAll(staff.emailsOf(supervisor));
      }
    }
    if (recipients.isEmpty()) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no candidate group whose supervisor could be told");
    }
    mail.sendOnce(new OutgoingMail("task-overdue:" + task.getId(), List.copyOf(recipients), subject(task), body(task, lanes)));
  }

  private static String subject(DelegateTask task) {
    return "[" + valueOr(Vars.ACTIVITY_NUMBER.get(task), "Pustaka ASIEK") + "] Melewati batas waktu SOP: " + task.getName();
  }

  private String body(DelegateTask task, Set<String> lanes) {
    List<String> laneNames = lanes.stream().map(staff::groupName).toList();
    Optional<SopStep> step = SopStep.of(task.getBpmnModelElementInstance());
    return """
        Yth. Pimpinan,

        Tugas berikut telah melewati batas waktu menurut mutu baku SOP Pustaka ASIEK dan belum diselesaikan.

        Tugas            : %s
        Lajur            : %s
        Sedang dikerjakan: %s
        Nomor kegiatan   : %s
        Lembaga pemohon  : %s
        SOP langkah      : %s (%s)
        Waktu (mutu baku): %s
        Tenggat          : %s
        Output yang ditunggu: %s

        Mohon tindak lanjutnya. Tugas dapat dilihat di Tasklist:
        %s/camunda/app/tasklist/default/#/?task=%s

        Pesan ini dikirim otomatis oleh aplikasi Pustaka ASIEK.
        """.formatted(
        task.getName(), String.join(", ", laneNames), task.getAssignee() == null ? "belum diambil siapa pun" : task.getAssignee(),
        valueOr(Vars.ACTIVITY_NUMBER.get(task), "-"), valueOr(Vars.INSTITUTION_NAME.get(task), "-"),
        valueOr(step.map(SopStep::step).orElse(null), "-"), valueOr(step.map(SopStep::stepName).orElse(null), "-"),
        valueOr(step.map(SopStep::duration).orElse(null), "-"),
        task.getDueDate() == null ? "-" : calendar.formatDateTime(task.getDueDate().toInstant()),
        valueOr(step.map(SopStep::output).orElse(null), "-"), mailProperties.publicUrl(), task.getId());
  }

  private static String valueOr(Object value, String fallback) {
    return value == null || value.toString().isBlank() ? fallback : value.toString();
  }
}
