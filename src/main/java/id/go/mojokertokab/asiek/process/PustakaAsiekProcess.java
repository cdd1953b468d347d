package id.go.mojokertokab.asiek.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/** The one place that spells the process key, element ids, variable names and form ids of pustaka-asiek.bpmn. */
public final class PustakaAsiekProcess {

  public static final String KEY = "pustaka-asiek";

  public static final class Elements {
    public static final String START_REQUEST_LETTER_RECEIVED = "StartEvent_RequestLetterReceived";
    public static final String TASK_DISPOSE_REQUEST = "Task_DisposeRequest";
    public static final String TASK_STORE_DISPOSITION_SHEET = "Task_StoreDispositionSheet";
    public static final String GATEWAY_REQUEST_ACCEPTED = "Gateway_RequestAccepted";
    public static final String TASK_SEND_REJECTION_LETTER = "Task_SendRejectionLetter";
    public static final String END_REQUEST_REJECTED = "EndEvent_RequestRejected";
    public static final String TASK_NOTIFY_COOPERATION_ANALYST = "Task_NotifyCooperationAnalyst";
    public static final String TASK_COORDINATE_WITH_REQUESTER = "Task_CoordinateWithRequester";
    public static final String GATEWAY_COORDINATION_MERGE = "Gateway_CoordinationMerge";
    public static final String TASK_CHECK_SCHEDULE_CONFLICTS = "Task_CheckScheduleConflicts";
    public static final String GATEWAY_SCHEDULE_CONFLICT = "Gateway_ScheduleConflict";
    public static final String TASK_SEND_SCHEDULE_CONFIRMATION = "Task_SendScheduleConfirmation";
    public static final String GATEWAY_PREPARATIONS_SPLIT = "Gateway_PreparationsSplit";
    public static final String TASK_PREPARE_EQUIPMENT = "Task_PrepareEquipment";
    public static final String TASK_PREPARE_ROOM = "Task_PrepareRoom";
    public static final String TASK_CONFIRM_SPEAKER_MATERIAL = "Task_ConfirmSpeakerMaterial";
    public static final String GATEWAY_PREPARATIONS_JOIN = "Gateway_PreparationsJoin";
    public static final String TASK_OPEN_REGISTRATION = "Task_OpenRegistration";
    public static final String GATEWAY_REGISTRATION_CLOSES = "Gateway_RegistrationCloses";
    public static final String TIMER_REGISTRATION_DEADLINE = "TimerEvent_RegistrationDeadline";
    public static final String MESSAGE_REGISTRATION_CLOSED_EARLY = "MessageEvent_RegistrationClosedEarly";
    public static final String GATEWAY_REGISTRATION_CLOSED = "Gateway_RegistrationClosed";
    public static final String TASK_CLOSE_REGISTRATION = "Task_CloseRegistration";
    public static final String TASK_FIX_PARTICIPANT_LIST = "Task_FixParticipantList";
    public static final String TASK_RECORD_PARTICIPANT_LIST = "Task_RecordParticipantList";
    public static final String TASK_NOTIFY_PARTICIPANTS = "Task_NotifyParticipants";
    public static final String SUBPROCESS_ATTENDANCE_DAY = "SubProcess_AttendanceDay";
    public static final String TIMER_CHECK_IN_OPENS = "TimerEvent_CheckInOpens";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    public static final String TASK_CLOSE_ATTENDANCE_LIST = "Task_CloseAttendanceList";
    public static final String GATEWAY_WORKSHOP_DAYS_SPLIT = "Gateway_WorkshopDaysSplit";
    public static final String TIMER_WORKSHOP_OPENS = "TimerEvent_WorkshopOpens";
    public static final String TASK_OPEN_WORKSHOP = "Task_OpenWorkshop";
    public static final String TASK_DELIVER_MATERIAL = "Task_DeliverMaterial";
    public static final String TASK_GUIDE_PRACTICE = "Task_GuidePractice";
    public static final String GATEWAY_WORKSHOP_DAYS_JOIN = "Gateway_WorkshopDaysJoin";
    public static final String TIMER_WORKSHOP_CLOSES = "TimerEvent_WorkshopCloses";
    public static final String TASK_DELIVER_DOCUMENTATION = "Task_DeliverDocumentation";
    public static final String TASK_REVIEW_ACTIVITY_REPORT = "Task_ReviewActivityReport";
    public static final String TASK_STORE_ACTIVITY_REPORT = "Task_StoreActivityReport";
    public static final String TASK_ARCHIVE_ACTIVITY = "Task_ArchiveActivity";
    public static final String TASK_ISSUE_CERTIFICATES = "Task_IssueCertificates";
    public static final String TASK_SEND_CERTIFICATES = "Task_SendCertificates";
    public static final String TASK_SEND_ACTIVITY_REPORT = "Task_SendActivityReport";
    public static final String END_ACTIVITY_ARCHIVED = "EndEvent_ActivityArchived";
    public static final String SUBPROCESS_PARTICIPANT_REGISTERED = "SubProcess_ParticipantRegistered";
    public static final String START_PARTICIPANT_REGISTERED = "StartEvent_ParticipantRegistered";
    public static final String TASK_SEND_REGISTRATION_RECEIPT = "Task_SendRegistrationReceipt";
    public static final String SUBPROCESS_PARTICIPANT_CANCELLED = "SubProcess_ParticipantCancelled";
    public static final String START_PARTICIPANT_CANCELLED = "StartEvent_ParticipantCancelled";
    public static final String TASK_NOTIFY_REGISTRATION_CANCELLED = "Task_NotifyRegistrationCancelled";
    public static final String SUBPROCESS_CANCELLATION = "SubProcess_Cancellation";
    public static final String START_REQUEST_CANCELLED = "StartEvent_RequestCancelled";
    public static final String TASK_RELEASE_BOOKINGS = "Task_ReleaseBookings";
    public static final String TASK_NOTIFY_CANCELLATION = "Task_NotifyCancellation";
    public static final String TASK_CANCEL_REGISTRATION = "Task_CancelRegistration";
    public static final String TASK_NOTIFY_PARTICIPANTS_OF_CANCELLATION = "Task_NotifyParticipantsOfCancellation";
    public static final String END_REQUEST_CANCELLED = "EndEvent_RequestCancelled";
    public static final String SUBPROCESS_SESSION_MOVED = "SubProcess_SessionMoved";
    public static final String START_SESSION_MOVED = "StartEvent_SessionMoved";
    public static final String TASK_SEND_SCHEDULE_CHANGE = "Task_SendScheduleChange";
    public static final String TASK_NOTIFY_PARTICIPANTS_OF_SCHEDULE_CHANGE = "Task_NotifyParticipantsOfScheduleChange";
    public static final String END_SCHEDULE_CHANGE_SENT = "EndEvent_ScheduleChangeSent";

    private Elements() {}
  }

  public static final class Forms {
    public static final String REQUEST_LETTER = "Form_RequestLetter";
    public static final String DISPOSITION = "Form_Disposition";
    public static final String COORDINATE_WITH_REQUESTER = "Form_CoordinateWithRequester";
    public static final String PREPARE_EQUIPMENT = "Form_PrepareEquipment";
    public static final String PREPARE_ROOM = "Form_PrepareRoom";
    public static final String CONFIRM_SPEAKER_MATERIAL = "Form_ConfirmSpeakerMaterial";
    public static final String FIX_PARTICIPANT_LIST = "Form_FixParticipantList";
    public static final String RECORD_ATTENDANCE = "Form_RecordAttendance";
    public static final String OPEN_WORKSHOP = "Form_OpenWorkshop";
    public static final String DELIVER_MATERIAL = "Form_DeliverMaterial";
    public static final String GUIDE_PRACTICE = "Form_GuidePractice";
    public static final String DELIVER_DOCUMENTATION = "Form_DeliverDocumentation";
    public static final String REVIEW_ACTIVITY_REPORT = "Form_ReviewActivityReport";

    private Forms() {}
  }

  public static final class Vars {
    public static final ProcessVariable<String> ACTIVITY_NUMBER = ProcessVariable.text("activityNumber");
    public static final ProcessVariable<String> REGISTRAR_ID = ProcessVariable.text("registrarId");
    public static final ProcessVariable<String> AGENDA_NUMBER = ProcessVariable.text("agendaNumber");
    public static final ProcessVariable<String> LETTER_NUMBER = ProcessVariable.text("letterNumber");
    public static final ProcessVariable<LocalDate> LETTER_DATE = ProcessVariable.date("letterDate");
    public static final ProcessVariable<String> SUBJECT = ProcessVariable.text("subject");
    public static final ProcessVariable<String> INSTITUTION_NAME = ProcessVariable.text("institutionName");
    public static final ProcessVariable<String> INSTITUTION_ADDRESS = ProcessVariable.text("institutionAddress");
    public static final ProcessVariable<String> CONTACT_NAME = ProcessVariable.text("contactName");
    public static final ProcessVariable<String> CONTACT_EMAIL = ProcessVariable.text("contactEmail");
    public static final ProcessVariable<String> CONTACT_PHONE = ProcessVariable.text("contactPhone");
    public static final ProcessVariable<LocalDate> PROPOSED_START_DATE = ProcessVariable.date("proposedStartDate");
    public static final ProcessVariable<LocalDate> PROPOSED_END_DATE = ProcessVariable.date("proposedEndDate");
    public static final ProcessVariable<Long> EXPECTED_PARTICIPANTS = ProcessVariable.number("expectedParticipants");
    public static final ProcessVariable<String> REQUEST_NOTE = ProcessVariable.text("requestNote");

    public static final ProcessVariable<String> DISPOSITION_DECISION = ProcessVariable.text("dispositionDecision");
    public static final ProcessVariable<String> DISPOSITION_INSTRUCTION = ProcessVariable.text("dispositionInstruction");
    public static final ProcessVariable<String> DISPOSITION_FORWARDED_TO = ProcessVariable.text("dispositionForwardedTo");
    public static final ProcessVariable<String> DISPOSITION_NOTE = ProcessVariable.text("dispositionNote");
    public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.text("rejectionReason");
    public static final ProcessVariable<String> DISPOSED_BY = ProcessVariable.text("disposedBy");

    public static final ProcessVariable<String> DISPOSITION_CONVEYED_VIA = ProcessVariable.text("dispositionConveyedVia");
    public static final ProcessVariable<OffsetDateTime> DISPOSITION_CONVEYED_AT = ProcessVariable.dateTime("dispositionConveyedAt");
    public static final ProcessVariable<String> COORDINATION_NOTE = ProcessVariable.text("coordinationNote");

    public static final ProcessVariable<SpinJsonNode> SESSIONS = ProcessVariable.json("sessions");
    public static final ProcessVariable<String> ROOM_ID = ProcessVariable.text("roomId");
    public static final ProcessVariable<String> SPEAKER_ID = ProcessVariable.text("speakerId");
    public static final ProcessVariable<Long> CAPACITY = ProcessVariable.number("capacity");
    public static final ProcessVariable<LocalDate> REGISTRATION_DEADLINE = ProcessVariable.date("registrationDeadline");
    public static final ProcessVariable<SpinJsonNode> EQUIPMENT = ProcessVariable.json("equipment");
    public static final ProcessVariable<SpinJsonNode> ROOM_OPTIONS = ProcessVariable.json("roomOptions");
    public static final ProcessVariable<SpinJsonNode> SPEAKER_OPTIONS = ProcessVariable.json("speakerOptions");
    public static final ProcessVariable<Boolean> SCHEDULE_CONFLICT = ProcessVariable.flag("scheduleConflict");
    public static final ProcessVariable<String> SCHEDULE_CONFLICT_REPORT = ProcessVariable.text("scheduleConflictReport");
    public static final ProcessVariable<String> SCHEDULE_PROPOSAL = ProcessVariable.text("scheduleProposal");
    public static final ProcessVariable<String> SCHEDULE_SUMMARY = ProcessVariable.text("scheduleSummary");
    public static final ProcessVariable<Date> OPENING_AT = ProcessVariable.instant("openingAt");
    public static final ProcessVariable<Long> SCHEDULE_SEQUENCE = ProcessVariable.number("scheduleSequence");
    /** The analyst who last submitted the schedule; a conflicting schedule comes back to them. */
    public static final ProcessVariable<String> COORDINATOR_ID = ProcessVariable.text("coordinatorId");
    public static final ProcessVariable<String> CANCELLATION_REASON = ProcessVariable.text("cancellationReason");
    public static final ProcessVariable<SpinJsonNode> EQUIPMENT_PREPARED = ProcessVariable.json("equipmentPrepared");
    public static final ProcessVariable<String> MATERIAL_TITLE = ProcessVariable.text("materialTitle");
    public static final ProcessVariable<String> MATERIAL_OUTLINE = ProcessVariable.text("materialOutline");
    public static final ProcessVariable<OffsetDateTime> ROOM_READY_AT = ProcessVariable.dateTime("roomReadyAt");
    /** Task-local: the office's active equipment, the options of the equipment select in the coordination form. */
    public static final ProcessVariable<SpinJsonNode> EQUIPMENT_OPTIONS = ProcessVariable.json("equipmentOptions");
    /** Task-local: the equipment booked for the activity, the checklist of the equipment preparation. */
    public static final ProcessVariable<SpinJsonNode> BOOKED_EQUIPMENT_OPTIONS = ProcessVariable.json("bookedEquipmentOptions");
    public static final ProcessVariable<String> PREPARATION_NOTE = ProcessVariable.text("preparationNote");
    public static final ProcessVariable<Boolean> SPEAKER_ATTENDANCE_CONFIRMED = ProcessVariable.flag("speakerAttendanceConfirmed");
    public static final ProcessVariable<String> EQUIPMENT_NEEDS = ProcessVariable.text("equipmentNeeds");
    /** What was booked when the activity was cancelled, for the cancellation mails: a JSON list of events. */
    public static final ProcessVariable<SpinJsonNode> CANCELLED_SCHEDULE = ProcessVariable.json("cancelledSchedule");

    /** Live (never stored): the activity's documents a form needs at hand, with links, and the upload page (Markdown). */
    public static final ProcessVariable<String> ACTIVITY_DOCUMENTS = ProcessVariable.text("activityDocuments");

    public static final ProcessVariable<SpinJsonNode> REQUIREMENTS_CONFIRMED = ProcessVariable.json("requirementsConfirmed");
    public static final ProcessVariable<Boolean> OUTPUT_CONFIRMED = ProcessVariable.flag("outputConfirmed");

    /**
     * Texts our own code writes as Markdown for the forms to show (tables, lists); every value they insert is escaped
     * by their writer. Every other text a form shows is escaped on its way to the form.
     */
    public static final Set<String> MARKDOWN = Set.of(SCHEDULE_SUMMARY.name(), SCHEDULE_CONFLICT_REPORT.name(), SCHEDULE_PROPOSAL.name(),
        Registration.REGISTRATION_SUMMARY.name(), Registration.ATTENDANCE_SUMMARY.name(), ACTIVITY_DOCUMENTS.name());

    private Vars() {}
  }

  /**
   * Variables of participant registration and attendance. They hold links, codes and counts, never a participant's
   * personal data (that lives in asiek_participant; forms show it through live form variables, never stored).
   */
  public static final class Registration {
    /** The public registration link of the activity, for the confirmation mail and the staff. */
    public static final ProcessVariable<String> REGISTRATION_URL = ProcessVariable.text("registrationUrl");
    /** Live (never stored): the counts and the list of registrations, as Markdown, in the librarian's form. */
    public static final ProcessVariable<String> REGISTRATION_SUMMARY = ProcessVariable.text("registrationSummary");
    /** Live (never stored): the options of the removal select: one per confirmed or waiting registration. */
    public static final ProcessVariable<SpinJsonNode> REGISTRATION_OPTIONS = ProcessVariable.json("registrationOptions");
    /** The librarian's removals: a dynamic list of {registrationCode, removalReason}. */
    public static final ProcessVariable<SpinJsonNode> PARTICIPANT_REMOVALS = ProcessVariable.json("participantRemovals");
    /** Also the key of one item of participantRemovals, beside removalReason. */
    public static final ProcessVariable<String> REGISTRATION_CODE = ProcessVariable.text("registrationCode");
    public static final String REMOVAL_REASON = "removalReason";
    /** The element variable of the mails to all participants: one registration's id (never personal data). */
    public static final ProcessVariable<Long> PARTICIPANT_ID = ProcessVariable.number("participantId");
    /** Local to a cancellation event: the waiting registration that took the freed place, if any. */
    public static final ProcessVariable<String> PROMOTED_CODE = ProcessVariable.text("promotedCode");
    /** The element variable of the attendance sub-process: one session day, "2026-12-21". */
    public static final ProcessVariable<String> ATTENDANCE_DAY = ProcessVariable.text("attendanceDay");
    /** Live (never stored): the day's attendance count and the link to the check-in page. */
    public static final ProcessVariable<String> ATTENDANCE_SUMMARY = ProcessVariable.text("attendanceSummary");

    private Registration() {}
  }

  /**
   * Variables of one session moved on the day, local to its instance of SubProcess_SessionMoved (two moves in a row
   * each mail their own change). The schedule itself is read from the bookings when the mail is written.
   */
  public static final class Rescheduling {
    /** The iCalendar SEQUENCE of the invitation this change sends. */
    public static final ProcessVariable<Long> CHANGE_SEQUENCE = ProcessVariable.number("scheduleChangeSequence");
    public static final ProcessVariable<Long> MOVED_SESSION_NO = ProcessVariable.number("movedSessionNo");
    /** "Penerangan materi" */
    public static final ProcessVariable<String> MOVED_SESSION = ProcessVariable.text("movedSession");
    /** The session's period before and after, as the mails say it ("Senin, 21 Desember 2026 pukul 09.00–15.00 WIB"). */
    public static final ProcessVariable<String> MOVED_FROM = ProcessVariable.text("movedFrom");
    public static final ProcessVariable<String> MOVED_TO = ProcessVariable.text("movedTo");
    public static final ProcessVariable<String> MOVE_REASON = ProcessVariable.text("moveReason");
    public static final ProcessVariable<String> MOVED_BY = ProcessVariable.text("movedBy");

    private Rescheduling() {}
  }

  /** Variables of the workshop days (SOP rows 3 to 7) and of the report (row 8). */
  public static final class Workshop {
    /** The KADIS's note on the opening speech and the activity report given at the opening (row 3). */
    public static final ProcessVariable<String> OPENING_NOTE = ProcessVariable.text("openingNote");
    /** The speaker's note on how the material was delivered (row 4). */
    public static final ProcessVariable<String> MATERIAL_DELIVERY_NOTE = ProcessVariable.text("materialDeliveryNote");
    /** The librarian's practice results: a dynamic list of {practiceGroup, practiceResult} (row 5). */
    public static final ProcessVariable<SpinJsonNode> PRACTICE_RESULTS = ProcessVariable.json("practiceResults");
    /** Keys of one item of practiceResults. */
    public static final String PRACTICE_GROUP = "practiceGroup";
    public static final String PRACTICE_RESULT = "practiceResult";
    /** Documentation staff's note on the photos and videos delivered (row 7). */
    public static final ProcessVariable<String> DOCUMENTATION_NOTE = ProcessVariable.text("documentationNote");
    /** Bidang Pengembangan's narrative and conclusions in the approved report (row 8). */
    public static final ProcessVariable<String> REPORT_NARRATIVE = ProcessVariable.text("reportNarrative");
    public static final ProcessVariable<String> REPORT_CONCLUSIONS = ProcessVariable.text("reportConclusions");

    private Workshop() {}
  }

  /**
   * What a task's form shows of its mutu baku: computed from the model and the task each time the form's variables are
   * loaded, never stored.
   */
  public static final class SopVars {
    public static final ProcessVariable<String> STEP = ProcessVariable.text("sopStep");
    public static final ProcessVariable<String> STEP_NAME = ProcessVariable.text("sopStepName");
    public static final ProcessVariable<String> REQUIREMENTS = ProcessVariable.text("sopRequirements");
    public static final ProcessVariable<String> DURATION = ProcessVariable.text("sopDuration");
    public static final ProcessVariable<String> OUTPUT = ProcessVariable.text("sopOutput");
    public static final ProcessVariable<String> DUE_DATE = ProcessVariable.text("sopDueDate");
    public static final ProcessVariable<SpinJsonNode> REQUIREMENT_OPTIONS = ProcessVariable.json("requirementOptions");

    private SopVars() {}
  }

  public static final class Messages {
    public static final String REQUEST_CANCELLED = "PermohonanDibatalkan";
    public static final String PARTICIPANT_REGISTERED = "PesertaMendaftar";
    public static final String PARTICIPANT_CANCELLED = "PesertaMembatalkan";
    public static final String REGISTRATION_CLOSED_EARLY = "PendaftaranDitutup";
    public static final String SESSION_MOVED = "JadwalSesiDiubah";

    private Messages() {}
  }

  /** The KADIS's decision on a request letter: the disposition form's options and the gateway's conditions. */
  public enum Decision {
    DITERIMA,
    DITOLAK
  }

  /** Names of the camunda:properties that carry a step's mutu baku in the model. */
  public static final class SopProperties {
    public static final String STEP = "sopLangkah";
    public static final String REQUIREMENTS = "kelengkapan";
    public static final String DURATION = "waktu";
    public static final String OUTPUT = "output";
    /** "true": the task is due no later than the opening of the workshop, whatever its waktu gives. */
    public static final String DUE_BEFORE_OPENING = "dueBeforeOpening";
    /** "true": the task completes only when its row's output files are in the document store (RequiredOutputs). */
    public static final String OUTPUT_FILES_REQUIRED = "outputFilesRequired";

    private SopProperties() {}
  }

  private PustakaAsiekProcess() {}
}
