package id.go.mojokertokab.asiek.participant;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Form_FixParticipantList: each removal names a registration of this activity that is confirmed or waiting, once, with
 * one of the fixed reasons.
 */
@FormBean(form = Forms.FIX_PARTICIPANT_LIST)
record ParticipantListRules(Registrations registrations) implements FormRules {

  @Override
  public void check(FormCheck check) {
    String activityNumber = check.values().string(Vars.ACTIVITY_NUMBER.name()).orElse("");
    List<Map<String, Object>> items = check.values().objects(Registration.PARTICIPANT_REMOVALS.name());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Object typed = items.get(i).get(Registration.REGISTRATION_CODE.name());
      if (typed == null || typed.toString().isBlank()) {
        continue;
      }
      String which = "Penghapusan ke-" + (i + 1);
      String key = Registration.PARTICIPANT_REMOVALS.name() + i;
      Optional<Participant> participant = ParticipantCodes.parse(typed.toString()).flatMap(code -> registrations.byCode(activityNumber, code));
      if (participant.isEmpty() || !(participant.get().status() == ParticipantStatus.CONFIRMED || participant.get().status() == ParticipantStatus.WAITING)) {
        check.reject(key, which + ": pilih pendaftaran yang terkonfirmasi atau di daftar tunggu kegiatan ini.");
      } else if (!seen.add(participant.get().code())) {
        check.reject(key, which + ": pendaftaran " + participant.get().displayCode() + " sudah dipilih di atas.");
      }
      if (RemovalReason.of(items.get(i).get(Registration.REMOVAL_REASON)).isEmpty()) {
        check.reject(key + "reason", which + ": pilih alasannya.");
      }
    }
  }
}
