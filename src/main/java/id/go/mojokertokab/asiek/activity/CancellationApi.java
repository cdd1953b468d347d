package id.go.mojokertokab.asiek.activity;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Messages;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.security.ApiAccess;
import id.go.mojokertokab.asiek.security.Lanes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
 * sends the process's cancellation message: bookings are released and everyone concerned is told.
 */
@RestController
record CancellationApi(RuntimeService runtime) {

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
    boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(PustakaAsiekProcess.KEY)
        .processInstanceBusinessKey(number).active().count() > 0;
    if (!running) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Tidak ada kegiatan berjalan dengan nomor " + number + ".");
    }
    runtime.createMessageCorrelation(Messages.REQUEST_CANCELLED).processInstanceBusinessKey(number)
        .setVariable(Vars.CANCELLATION_REASON.name(), body.alasan().strip()).correlate();
    return ResponseEntity.accepted().body(Map.of("pesan", "Pembatalan kegiatan " + number + " dicatat."));
  }
}
