package id.go.mojokertokab.asiek.activity;

import id.go.mojokertokab.asiek.process.PustakaAsiekProcess;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Messages;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import id.go.mojokertokab.asiek.security.Lanes;
import id.go.mojokertokab.asiek.security.ApiAccess;
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

/**
 * POST /api/kegiatan/{number}/pembatalan: the requester cancelled (by letter, mail or phone); staff record it, which
 * sends the process's cancellation message: bookings are released and everyone concerned is told.
 */
@RestController
class CancellationApi {

  static final List<String> RECORDERS = List.of(Lanes.ANALIS_KERJASAMA, Lanes.AGENDARIS_SURAT, Lanes.KADIS, Lanes.BIDANG_PENGEMBANGAN);

  record CancellationRequest(String alasan) {}

  @Bean
  static ApiAccess recordCancellation() {
    return ApiAccess.lanes(HttpMethod.POST, "/api/kegiatan/{number}/pembatalan", "mencatat pembatalan", RECORDERS);
  }

  private final RuntimeService runtime;

  CancellationApi(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @PostMapping("/api/kegiatan/{number}/pembatalan")
  ResponseEntity<Map<String, String>> cancel(@PathVariable String number, @RequestBody CancellationRequest body) {
    if (body == null || body.alasan() == null || body.alasan().isBlank() || body.alasan().length() > 2000) {
      return ResponseEntity.badRequest().body(Map.of("pesan", "Kolom \"alasan\" wajib diisi, paling banyak 2000 karakter."));
    }
    boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(PustakaAsiekProcess.KEY)
        .processInstanceBusinessKey(number).active().count() > 0;
    if (!running) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("pesan", "Tidak ada kegiatan berjalan dengan nomor " + number + "."));
    }
    runtime.createMessageCorrelation(Messages.REQUEST_CANCELLED).processInstanceBusinessKey(number)
        .setVariable(Vars.CANCELLATION_REASON, body.alasan().strip()).correlate();
    return ResponseEntity.accepted().body(Map.of("pesan", "Pembatalan kegiatan " + number + " dicatat."));
  }
}
