package id.go.mojokertokab.asiek.security;

import id.go.mojokertokab.asiek.security.EngineCommandPolicy.Caller;
import id.go.mojokertokab.asiek.security.EngineCommandPolicy.Verdict;
import id.go.mojokertokab.asiek.sop.EscalationProperties;
import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What lane members may do with tasks beyond what Camunda's TASK_WORK permission gives them (read, claim, complete,
 * submit the form): release their own task, hand it to a colleague of the same lane, set a follow-up date; and what a
 * lane's supervisor may do: move its due date (see {@link DueDateChanges}). Everything else that changes a task, a
 * process's variables or how a process starts is for administrators only, so no lane can rewrite an activity around
 * its forms.
 */
@Component
record TaskCommandRules(EscalationProperties escalation, DueDateChanges dueDates, CaughtEvents caught) {

  /** Commands no lane ever needs, refused before the engine looks at them, with what they would have done. */
  private static final Map<Class<?>, String> ADMIN_ONLY = Map.ofEntries(
      entry(SetTaskOwnerCmd.class, "mengubah pemilik tugas"),
      entry(DelegateTaskCmd.class, "mendelegasikan tugas"),
      entry(ResolveTaskCmd.class, "menyelesaikan tugas delegasi"),
      entry(AddUserIdentityLinkCmd.class, "mengubah siapa yang boleh mengerjakan tugas"),
      entry(AddGroupIdentityLinkCmd.class, "mengubah lajur yang boleh mengerjakan tugas"),
      entry(DeleteUserIdentityLinkCmd.class, "mengubah siapa yang boleh mengerjakan tugas"),
      entry(DeleteGroupIdentityLinkCmd.class, "mengubah lajur yang boleh mengerjakan tugas"),
      entry(SetTaskNameCmd.class, "mengubah nama tugas"),
      entry(SetTaskPriorityCmd.class, "mengubah prioritas tugas"),
      entry(SetTaskDescriptionCmd.class, "mengubah keterangan tugas"),
      entry(SetTaskDueDateCmd.class, "mengubah tenggat tugas dengan cara ini"),
      entry(SetTaskFollowUpDateCmd.class, "mengubah tanggal tindak lanjut dengan cara ini"),
      entry(DeleteTaskCmd.class, "menghapus tugas"),
      entry(CreateTaskCmd.class, "membuat tugas di luar proses"),
      entry(SetTaskVariablesCmd.class, "mengubah variabel proses di luar formulir tugas"),
      entry(RemoveTaskVariablesCmd.class, "menghapus variabel proses"),
      entry(PatchTaskVariablesCmd.class, "mengubah variabel proses di luar formulir tugas"),
      entry(SetExecutionVariablesCmd.class, "mengubah variabel proses di luar formulir tugas"),
      entry(RemoveExecutionVariablesCmd.class, "menghapus variabel proses"),
      entry(PatchExecutionVariablesCmd.class, "mengubah variabel proses di luar formulir tugas"),
      entry(StartProcessInstanceCmd.class, "memulai proses tanpa formulir surat permohonan"),
      entry(StartProcessInstanceAtActivitiesCmd.class, "memulai proses dari tengah alur"),
      entry(CorrelateMessageCmd.class, "mengirim pesan ke proses"),
      entry(CorrelateAllMessageCmd.class, "mengirim pesan ke proses"),
      entry(MessageEventReceivedCmd.class, "mengirim pesan ke proses"),
      entry(SignalEventReceivedCmd.class, "mengirim sinyal ke proses"),
      entry(UpdateCommentCmd.class, "mengubah komentar"),
      entry(DeleteTaskCommentCmd.class, "menghapus komentar"),
      entry(DeleteProcessInstanceCommentCmd.class, "menghapus komentar"),
      entry(CreateAttachmentCmd.class, "menambah lampiran tugas"),
      entry(DeleteAttachmentCmd.class, "menghapus lampiran tugas"),
      entry(SaveAttachmentCmd.class, "mengubah lampiran tugas"));
  private static final int MAX_COMMENT = 2000;
  private static final String RELEASE_REFUSED = "Tugas hanya dapat dilepas oleh yang sedang mengerjakannya atau oleh atasan lajurnya.";



  Verdict decide(Command<?> command, Caller caller, CommandContext context) {
    String adminOnly = ADMIN_ONLY.get(command.getClass());
    if (adminOnly != null) {
      throw denied("Hanya administrator yang dapat " + adminOnly + ".");
    }
    if (command instanceof SubmitStartFormCmd start && CommandArguments.businessKey(start) != null) {
      throw denied("Nomor kegiatan diberikan oleh aplikasi; hanya administrator yang dapat menentukannya sendiri (businessKey).");
    }
    TaskEntity task = CommandArguments.taskId(command).map(id -> context.getTaskManager().findTaskById(id)).orElse(null);
    if (task == null) {
      return Verdict.ENGINE_DECIDES;
    }
    if (command instanceof ClaimTaskCmd claim) {
      return decideClaim(task, CommandArguments.claimedFor(claim), caller);
    }
    if (command instanceof AssignTaskCmd assign) {
      return decideAssignment(task, CommandArguments.assignee(assign), caller, context);
    }
    if (command instanceof SaveTaskCmd save) {
      boolean worker = isCandidate(task, caller) || caller.userId().equals(task.getAssignee());
      return dueDates.decide(CommandArguments.savedTask(save), task, caller, worker, supervisorLanes(task), isSupervisor(task, caller), context);
    }
    if (command instanceof CompleteTaskCmd && hasForm(task)) {
      throw new BadUserRequestException("Tugas \"" + task.getName() + "\" diselesaikan dengan mengisi formulirnya di Tasklist.");
    }
    if (command instanceof HandleTaskBpmnErrorCmd error && !caught.errorCaught(task, CommandArguments.errorCode(error))) {
      throw denied("Tugas \"" + task.getName() + "\" tidak dapat diakhiri dengan kesalahan BPMN: model tidak menangkapnya. "
          + "Selesaikan tugas melalui formulirnya.");
    }
    if (command instanceof HandleTaskEscalationCmd escalationCmd && !caught.escalationCaught(task, CommandArguments.escalationCode(escalationCmd))) {
      throw denied("Tugas \"" + task.getName() + "\" tidak dapat dieskalasi: model tidak menangkap eskalasinya.");
    }
    if (command instanceof AddCommentCmd comment) {
      decideComment(task, CommandArguments.commentText(comment), caller);
    }
    return Verdict.ENGINE_DECIDES;
  }

  /** A claim is for oneself; releasing through a claim is for whoever holds the task or supervises its lane. */
  private Verdict decideClaim(TaskEntity task, String userId, Caller caller) {
    if (userId == null) {
      if (!caller.userId().equals(task.getAssignee()) && !isSupervisor(task, caller)) {
        throw denied(RELEASE_REFUSED);
      }
      return Verdict.ENGINE_DECIDES;
    }
    if (!userId.equals(caller.userId())) {
      throw denied("Tugas hanya dapat diklaim untuk diri sendiri; serahkan tugas kepada rekan selajur melalui penerima tugas.");
    }
    return Verdict.ENGINE_DECIDES;
  }

  /**
   * Release (no assignee): the holder or the lane's supervisor. Hand over: a member or supervisor of the task's lane,
   * to an existing member of that lane.
   */
  private Verdict decideAssignment(TaskEntity task, String assignee, Caller caller, CommandContext context) {
    boolean holder = caller.userId().equals(task.getAssignee());
    boolean supervisor = isSupervisor(task, caller);
    if (assignee == null) {
      if (!holder && !supervisor) {
        throw denied(RELEASE_REFUSED);
      }
      return Verdict.ALLOWED_BY_POLICY;
    }
    if (!isCandidate(task, caller) && !supervisor) {
      throw denied("Hanya anggota dan atasan lajur tugas ini yang dapat menyerahkannya.");
    }
    if (!holder && !supervisor && task.getAssignee() != null && !Objects.equals(task.getAssignee(), assignee)) {
      throw denied("Tugas yang sedang dikerjakan orang lain hanya dapat diserahkan oleh yang mengerjakannya atau oleh atasan lajurnya.");
    }
    List<String> lanes = candidateGroups(task);
    boolean member = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getIdentityService()
        .createUserQuery().userId(assignee).list().stream().findFirst()
        .map(user -> lanes.stream().anyMatch(lane -> context.getProcessEngineConfiguration().getIdentityService()
            .createUserQuery().userId(assignee).memberOfGroup(lane).count() > 0))
        .orElseThrow(() -> new BadUserRequestException("Pengguna \"" + assignee + "\" tidak ada.")));
    if (!member) {
      throw new BadUserRequestException("Tugas \"" + task.getName() + "\" hanya dapat diserahkan kepada anggota lajur "
          + String.join(", ", lanes.stream().map(Lanes::name).toList()) + ".");
    }
    return Verdict.ALLOWED_BY_POLICY;
  }

  private void decideComment(TaskEntity task, String text, Caller caller) {
    if (!isCandidate(task, caller) && !isSupervisor(task, caller) && !caller.userId().equals(task.getAssignee())) {
      throw denied("Hanya anggota dan atasan lajur tugas ini yang dapat memberi komentar padanya.");
    }
    if (text == null || text.isBlank() || text.length() > MAX_COMMENT) {
      throw new BadUserRequestException("Komentar wajib diisi, paling banyak " + MAX_COMMENT + " karakter.");
    }
  }

  private static boolean hasForm(TaskEntity task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    return userTask != null && (userTask.getCamundaFormRef() != null || userTask.getCamundaFormKey() != null);
  }

  static List<String> candidateGroups(TaskEntity task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct().toList();
  }

  private static boolean isCandidate(TaskEntity task, Caller caller) {
    return caller.inAny(candidateGroups(task));
  }

  private List<String> supervisorLanes(TaskEntity task) {
    return candidateGroups(task).stream().map(escalation::supervisorOf).filter(Objects::nonNull).distinct().toList();
  }

  /** A member of the group that is told when this task's lane runs late (asiek.escalation.supervisors). */
  private boolean isSupervisor(TaskEntity task, Caller caller) {
    return candidateGroups(task).stream().map(escalation::supervisorOf).filter(Objects::nonNull).anyMatch(caller.groups()::contains);
  }

  private static AuthorizationException denied(String sentence) {
    return new AuthorizationException(sentence);
  }
}
