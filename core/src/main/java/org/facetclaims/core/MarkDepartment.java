package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.payer.OffCampusDepartment;

/**
 * Step {@link CodingStep#MARK_DEPARTMENT}: on a hospital outpatient (OPPS) claim of an off-campus
 * provider-based department, PO (excepted) or PN (non-excepted) on every line, imaging included:
 * CMS asks for the modifier "with every HCPCS code for all outpatient hospital items and
 * services furnished in an off-campus provider-based department" (Pub 100-04 ch. 4 §20.6.11, as
 * quoted; facility-claims spec R-HOPD-MOD-5). Runs only for such a claim.
 */
final class MarkDepartment implements StepOutcome {
  private final OffCampusDepartment department;
  private final ImmutableList<ClaimLine> lines;

  private MarkDepartment(OffCampusDepartment department, ImmutableList<ClaimLine> lines) {
    this.department = department;
    this.lines = lines;
  }

  /** Every line with the department's modifier. */
  static MarkDepartment apply(List<ClaimLine> lines, OffCampusDepartment d) {
    List<ClaimLine> out = new ArrayList<>(lines.size());
    for (ClaimLine l : lines) {
      out.add(l.withModifier(d.modifier(), d.modifier().code() + ": " + d.id()
          + " off-campus provider-based department (facility-claims R-HOPD-MOD-5)"));
    }
    return new MarkDepartment(d, ImmutableList.copyOf(out));
  }

  /** The lines, marked. */
  ImmutableList<ClaimLine> lines() {
    return lines;
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    trace.add(new TraceStep(CodingStep.MARK_DEPARTMENT, department.modifier().code()
        + " on " + lines.size() + " line" + (lines.size() == 1 ? "" : "s") + " ("
        + department.id() + " off-campus department)"));
  }
}
