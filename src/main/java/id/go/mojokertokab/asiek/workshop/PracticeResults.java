package id.go.mojokertokab.asiek.workshop;

import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop.PRACTICE_GROUP;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop.PRACTICE_RESULT;
import static id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Workshop.PRACTICE_RESULTS;

import id.go.mojokertokab.asiek.form.FormBean;
import id.go.mojokertokab.asiek.form.FormCheck;
import id.go.mojokertokab.asiek.form.FormRules;
import id.go.mojokertokab.asiek.process.PustakaAsiekProcess.Forms;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Form_GuidePractice: at least one group, each with its name and a result of sensible length, no group twice. Form-js
 * checks the items in the browser only; these are the checks that count.
 */
@FormBean(form = Forms.GUIDE_PRACTICE)
class PracticeResults implements FormRules {

  static final int GROUP_MAX = 100;
  static final int RESULT_MAX = 1000;

  @Override
  public void check(FormCheck check) {
    String key = PRACTICE_RESULTS.name();
    List<Map<String, Object>> items = check.values().objects(key);
    if (items.isEmpty()) {
      // the dynamic list has a label but no key of its own in the form schema
      check.reject(key, "Kolom \"Hasil praktik per kelompok\": catat hasil sekurang-kurangnya satu kelompok.");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String group = text(items.get(i).get(PRACTICE_GROUP));
      String result = text(items.get(i).get(PRACTICE_RESULT));
      String which = "Hasil praktik ke-" + (i + 1);
      if (group.isEmpty() || result.isEmpty()) {
        check.reject(key, which + ": isi nama kelompok dan hasil praktiknya.");
      } else if (group.length() > GROUP_MAX || result.length() > RESULT_MAX) {
        check.reject(key, which + ": nama kelompok paling banyak " + GROUP_MAX + " karakter, hasil paling banyak " + RESULT_MAX + " karakter.");
      } else if (!seen.add(group.toLowerCase(Locale.ROOT))) {
        check.reject(key, which + ": kelompok \"" + group + "\" sudah dicatat; gabungkan hasilnya.");
      }
    }
  }

  private static String text(Object value) {
    return value instanceof String text ? text.strip() : "";
  }
}
