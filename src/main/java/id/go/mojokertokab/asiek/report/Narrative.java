package id.go.mojokertokab.asiek.report;

/**
 * What Bidang Pengembangan adds when reviewing the report (row 8): a narrative, conclusions, and who approved it.
 * Every part may be empty; {@link #NONE} for a draft.
 */
public record Narrative(String narrative, String conclusions, String approvedBy) {

  public static final Narrative NONE = new Narrative(null, null, null);

  public boolean approved() {
    return approvedBy != null && !approvedBy.isBlank();
  }
}
