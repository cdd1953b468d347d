package id.go.mojokertokab.asiek.activity;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Elements;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Messages;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * POST /api/kegiatan/{number}/pembatalan: the requester cancelled (by letter, mail or phone); staff record it, which
 * sends the process's cancellation message: bookings are released and everyone concerned is told. Possible until the
 * workshop's last session ends, also on the day itself; afterwards 409.
 */
@RestController
record CancellationApi(RuntimeService runtime, HistoryService history) {

  static final List<String> RECORDERS = List.of(Lanes.ANALIS_KERJASAMA, Lanes.AGENDARIS_SURAT, Lanes.KADIS, Lanes.BIDANG_PENGEMBANGAN);

  record CancellationRequest(
      @NotBlank(message = CancellationRequest.REASON) @Size(max = 2000, message = CancellationRequest.REASON) String alasan) {

    static final String REASON = "wajib diisi, paling banyak 2000 karakter.";
  }

  @Bean
  static ApiAccess recordCancellation() {
    return ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/pembatalan", "mencatat pembatalan", RECORDERS);
  }



  @PostMapping("/api/kegiatan/{number}/pembatalan")
  ResponseEntity<Map<String, String>> cancel(@PathVariable String number, @Valid @RequestBody CancellationRequest body) {
    ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PustakaAsiekProcess.KEY)
        .processInstanceBusinessKey(number).active().list().stream().findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan berjalan dengan nomor " + number + "."));
    // Once the workshop has taken place there is nothing left to cancel: its report and archive follow.
    if (history.createHistoricActivityInstanceQuery().processInstanceId(running.getId()).activityId(Elements.TIMER_WORKSHOP_CLOSES)
        .finished().count() > 0) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Kegiatan " + number + " sudah selesai dilaksanakan dan tidak dapat dibatalkan lagi.");
    }
    runtime.createMessageCorrelation(Messages.REQUEST_CANCELLED).processInstanceBusinessKey(number)
        .setVariable(Vars.CANCELLATION_REASON.name(), body.alasan().strip()).correlate();
    return ResponseEntity.accepted().body(Map.of("pesan", "Pembatalan kegiatan " + number + " dicatat."));
  }
}
