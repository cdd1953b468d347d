package id.go.mojokertokab.asiek.process;

/** The one place that spells the process key, element ids, variable names and form ids of pustaka-asiek.bpmn. */
public final class PustakaAsiekProcess {

  public static final String KEY = "pustaka-asiek";

  public static final class Elements {
    public static final String START_REQUEST_LETTER_RECEIVED = "StartEvent_RequestLetterReceived";
    public static final String TASK_DISPOSE_REQUEST = "Task_DisposeRequest";
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
    public static final String END_ATTENDANCE_RECORDED = "EndEvent_AttendanceRecorded";
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

    private Forms() {}
  }

  public static final class Vars {
    public static final String ACTIVITY_NUMBER = "activityNumber";
    public static final String REGISTRAR_ID = "registrarId";
    public static final String AGENDA_NUMBER = "agendaNumber";
    public static final String LETTER_NUMBER = "letterNumber";
    public static final String LETTER_DATE = "letterDate";
    public static final String SUBJECT = "subject";
    public static final String INSTITUTION_NAME = "institutionName";
    public static final String INSTITUTION_ADDRESS = "institutionAddress";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String PROPOSED_START_DATE = "proposedStartDate";
    public static final String PROPOSED_END_DATE = "proposedEndDate";
    public static final String EXPECTED_PARTICIPANTS = "expectedParticipants";
    public static final String REQUEST_NOTE = "requestNote";

    public static final String DISPOSITION_DECISION = "dispositionDecision";
    public static final String DISPOSITION_INSTRUCTION = "dispositionInstruction";
    public static final String DISPOSITION_FORWARDED_TO = "dispositionForwardedTo";
    public static final String DISPOSITION_NOTE = "dispositionNote";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String DISPOSED_BY = "disposedBy";

    public static final String DISPOSITION_CONVEYED_VIA = "dispositionConveyedVia";
    public static final String DISPOSITION_CONVEYED_AT = "dispositionConveyedAt";
    public static final String COORDINATION_NOTE = "coordinationNote";

    public static final String SESSIONS = "sessions";
    public static final String ROOM_ID = "roomId";
    public static final String SPEAKER_ID = "speakerId";
    public static final String CAPACITY = "capacity";
    public static final String REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String EQUIPMENT = "equipment";
    public static final String ROOM_OPTIONS = "roomOptions";
    public static final String SPEAKER_OPTIONS = "speakerOptions";
    public static final String SCHEDULE_CONFLICT = "scheduleConflict";
    public static final String SCHEDULE_CONFLICT_REPORT = "scheduleConflictReport";
    public static final String SCHEDULE_PROPOSAL = "scheduleProposal";
    public static final String SCHEDULE_SUMMARY = "scheduleSummary";
    public static final String OPENING_AT = "openingAt";
    public static final String SCHEDULE_SEQUENCE = "scheduleSequence";
    /** The analyst who last submitted the schedule; a conflicting schedule comes back to them. */
    public static final String COORDINATOR_ID = "coordinatorId";
    public static final String CANCELLATION_REASON = "cancellationReason";
    public static final String EQUIPMENT_PREPARED = "equipmentPrepared";
    public static final String MATERIAL_TITLE = "materialTitle";
    public static final String MATERIAL_OUTLINE = "materialOutline";
    public static final String ROOM_READY_AT = "roomReadyAt";
    /** What was booked when the activity was cancelled, for the cancellation mails: a JSON list of events. */
    public static final String CANCELLED_SCHEDULE = "cancelledSchedule";

    public static final String REQUIREMENTS_CONFIRMED = "requirementsConfirmed";
    public static final String OUTPUT_CONFIRMED = "outputConfirmed";

    /**
     * Texts our own code writes as Markdown for the forms to show (tables, lists); every value they insert is escaped
     * by their writer. Every other text a form shows is escaped on its way to the form.
     */
    public static final java.util.Set<String> MARKDOWN = java.util.Set.of(SCHEDULE_SUMMARY, SCHEDULE_CONFLICT_REPORT, SCHEDULE_PROPOSAL,
        Registration.REGISTRATION_SUMMARY, Registration.ATTENDANCE_SUMMARY);

    private Vars() {}
  }

  /**
   * Variables of participant registration and attendance. They hold links, codes and counts, never a participant's
   * personal data (that lives in asiek_participant; forms show it through live form variables, never stored).
   */
  public static final class Registration {
    /** The public registration link of the activity, for the confirmation mail and the staff. */
    public static final String REGISTRATION_URL = "registrationUrl";
    /** Live (never stored): the counts and the list of registrations, as Markdown, in the librarian's form. */
    public static final String REGISTRATION_SUMMARY = "registrationSummary";
    /** Live (never stored): the options of the removal select: one per confirmed or waiting registration. */
    public static final String REGISTRATION_OPTIONS = "registrationOptions";
    /** The librarian's removals: a dynamic list of {registrationCode, removalReason}. */
    public static final String PARTICIPANT_REMOVALS = "participantRemovals";
    public static final String REGISTRATION_CODE = "registrationCode";
    public static final String REMOVAL_REASON = "removalReason";
    /** Local to a cancellation event: the waiting registration that took the freed place, if any. */
    public static final String PROMOTED_CODE = "promotedCode";
    /** The element variable of the attendance sub-process: one session day, "2026-12-21". */
    public static final String ATTENDANCE_DAY = "attendanceDay";
    /** Live (never stored): the day's attendance count and the link to the check-in page. */
    public static final String ATTENDANCE_SUMMARY = "attendanceSummary";

    private Registration() {}
  }

  /** Task-local variables that show a task's mutu baku in its form. */
  public static final class SopVars {
    public static final String STEP = "sopStep";
    public static final String STEP_NAME = "sopStepName";
    public static final String REQUIREMENTS = "sopRequirements";
    public static final String DURATION = "sopDuration";
    public static final String OUTPUT = "sopOutput";
    public static final String DUE_DATE = "sopDueDate";
    public static final String REQUIREMENT_OPTIONS = "requirementOptions";

    private SopVars() {}
  }

  public static final class Messages {
    public static final String REQUEST_CANCELLED = "PermohonanDibatalkan";
    public static final String PARTICIPANT_REGISTERED = "PesertaMendaftar";
    public static final String PARTICIPANT_CANCELLED = "PesertaMembatalkan";
    public static final String REGISTRATION_CLOSED_EARLY = "PendaftaranDitutup";

    private Messages() {}
  }

  public static final class Decisions {
    public static final String ACCEPTED = "DITERIMA";
    public static final String REJECTED = "DITOLAK";

    private Decisions() {}
  }

  /** Names of the camunda:properties that carry a step's mutu baku in the model. */
  public static final class SopProperties {
    public static final String STEP = "sopLangkah";
    public static final String REQUIREMENTS = "kelengkapan";
    public static final String DURATION = "waktu";
    public static final String OUTPUT = "output";
    /** "true": the task is due no later than the opening of the workshop, whatever its waktu gives. */
    public static final String DUE_BEFORE_OPENING = "dueBeforeOpening";

    private SopProperties() {}
  }

  private PustakaAsiekProcess() {}
}
