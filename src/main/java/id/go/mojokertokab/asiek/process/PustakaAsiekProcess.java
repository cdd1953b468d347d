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
    public static final String END_COORDINATION_RECORDED = "EndEvent_CoordinationRecorded";

    private Elements() {}
  }

  public static final class Forms {
    public static final String REQUEST_LETTER = "Form_RequestLetter";
    public static final String DISPOSITION = "Form_Disposition";
    public static final String COORDINATE_WITH_REQUESTER = "Form_CoordinateWithRequester";

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

    public static final String REQUIREMENTS_CONFIRMED = "requirementsConfirmed";
    public static final String OUTPUT_CONFIRMED = "outputConfirmed";

    private Vars() {}
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

    private SopProperties() {}
  }

  private PustakaAsiekProcess() {}
}
