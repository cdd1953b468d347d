package id.go.mojokertokab.asiek.participant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mojokertokab.asiek.calendar.IndonesianDates;
import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.LiveFormVariables;
import id.go.mojokertokab.asiek.form.Markdown;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Registration;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Vars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Form_FixParticipantList, as the librarian opens it: the counts, every confirmed and waiting registration (code, name,
 * affiliation) and the options of the removal select. Names are shown only to the lanes of personal data; anyone else
 * who may read the task (a Cockpit reader) sees the counts alone.
 */
@FormBean(form = Forms.FIX_PARTICIPANT_LIST)
record ParticipantListFormData(RegistrationDesk desk, java.time.Clock clock) implements LiveFormVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Map<String, TypedValue> variables(DelegateTask task, Reader reader) {
    String number = Vars.ACTIVITY_NUMBER.get(task);
    boolean mayReadNames = reader.groups().contains(Groups.CAMUNDA_ADMIN) || reader.inAny(ParticipantAccess.PERSONAL_DATA);
    Map<String, TypedValue> values = new LinkedHashMap<>();
    RegistrationWindow window = desk.window(number).orElse(null);
    if (window == null) {
      values.put(Registration.REGISTRATION_SUMMARY.name(), Variables.stringValue("Pendaftaran kegiatan ini belum dibuka."));
      values.put(Registration.REGISTRATION_OPTIONS.name(), SpinValues.jsonValue("[]").create());
      return values;
    }
    List<Participant> listed = desk.participants(number).stream()
        .filter(p -> p.status() == ParticipantStatus.CONFIRMED || p.status() == ParticipantStatus.WAITING)
        .sorted(java.util.Comparator.comparing((Participant p) -> p.status() == ParticipantStatus.CONFIRMED ? 0 : 1)
            .thenComparing(p -> p.waitNo() == null ? 0 : p.waitNo()).thenComparing(Participant::registeredAt))
        .toList();
    long confirmed = listed.stream().filter(p -> p.status() == ParticipantStatus.CONFIRMED).count();
    StringBuilder text = new StringBuilder();
    text.append("**Kapasitas:** ").append(window.capacity()).append(" orang  \n")
        .append("**Terkonfirmasi:** ").append(confirmed).append(" orang  \n")
        .append("**Daftar tunggu:** ").append(listed.size() - confirmed).append(" orang  \n")
        .append("**Dibatalkan peserta:** ").append(desk.count(number, ParticipantStatus.CANCELLED)).append(" orang  \n")
        .append("**Pendaftaran ditutup:** ").append(window.closedAt() == null ? "belum" : IndonesianDates.date(
            window.effectiveClose().atZone(clock.getZone()).toLocalDate())).append("\n\n");
    if (!mayReadNames) {
      text.append("Nama dan data peserta hanya dapat dilihat oleh JF Pustakawan, Staf Analis Kerjasama, Staf Bagian Dokumentasi dan Bidang Pengembangan.");
      values.put(Registration.REGISTRATION_SUMMARY.name(), Variables.stringValue(text.toString()));
      values.put(Registration.REGISTRATION_OPTIONS.name(), SpinValues.jsonValue("[]").create());
      return values;
    }
    text.append("| No | Kode | Nama | Asal lembaga/kelas | Status |\n| --- | --- | --- | --- | --- |\n");
    List<Map<String, String>> options = new java.util.ArrayList<>();
    int row = 1;
    for (Participant p : listed) {
      String status = p.status() == ParticipantStatus.WAITING ? "daftar tunggu nomor " + desk.waitingPlace(p) : p.status().label();
      text.append("| ").append(row++).append(" | ").append(Markdown.escape(p.displayCode())).append(" | ").append(Markdown.escape(p.fullName()))
          .append(" | ").append(Markdown.escape(p.affiliation())).append(" | ").append(status).append(" |\n");
      options.add(Map.of("label", p.displayCode() + " · " + p.fullName() + " (" + status + ")", "value", p.code()));
    }
    if (listed.isEmpty()) {
      text.append("| – | – | Belum ada pendaftar | – | – |\n");
    }
    values.put(Registration.REGISTRATION_SUMMARY.name(), Variables.stringValue(text.toString()));
    try {
      values.put(Registration.REGISTRATION_OPTIONS.name(), SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }
}
