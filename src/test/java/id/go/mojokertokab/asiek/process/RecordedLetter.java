package id.go.mojokertokab.asiek.process;

import id.go.mojokertokab.asiek.TestData;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** An activity that has just begun: Agendaris Surat recorded the request letter through the start form, as in Tasklist. */
public final class RecordedLetter {

  private RecordedLetter() {}

  /** @return the process instance, waiting for the KADIS's disposition; its business key is the activity number */
  public static ProcessInstance of(ProcessEngine engine, LocalDate today) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("agendaris", List.of("agendaris-surat"));
    try {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PustakaAsiekProcess.KEY)
          .latestVersion().singleResult().getId();
      return engine.getFormService().submitStartForm(definitionId, TestData.requestLetter(today));
    } finally {
      identity.clearAuthentication();
    }
  }
}
