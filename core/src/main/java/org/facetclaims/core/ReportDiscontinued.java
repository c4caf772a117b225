package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.PayerProfile;

/**
 * Step {@link CodingStep#REPORT_DISCONTINUED}: a session stopped before completion reports only
 * its first planned line (the first primary, as laid out under the profile's convention, with
 * its side modifiers), with 53 on the physician's claim, 73 (before anesthesia) or 74 (after) on
 * the facility's (facility-claims spec R-HOPD-MOD-6, R-PRO-4). Runs only for such a session, so
 * an ordinary session's trace does not name it.
 */
final class ReportDiscontinued implements StepOutcome {
  private final Discontinuation discontinuation;
  private final ImmutableList<ClaimLine> kept;
  private final int dropped;

  private ReportDiscontinued(Discontinuation discontinuation, ImmutableList<ClaimLine> kept,
      int dropped) {
    this.discontinuation = discontinuation;
    this.kept = kept;
    this.dropped = dropped;
  }

  /** The modifier of a discontinued session under {@code profile}. */
  static Modifier modifier(Discontinuation d, PayerProfile profile) {
    if (!profile.facilityClaim()) {
      return Modifier.DISCONTINUED;
    }
    // Not stated: 73, the lower payment; 74 only when the record says so (FC-711).
    return d == Discontinuation.AFTER_ANESTHESIA ? Modifier.DISCONTINUED_AFTER_ANESTHESIA
        : Modifier.DISCONTINUED_BEFORE_ANESTHESIA;
  }

  /** The first line with the discontinuation's modifier; {@code lines} is not empty. */
  static ReportDiscontinued apply(List<ClaimLine> lines, Discontinuation d,
      PayerProfile profile) {
    Modifier m = modifier(d, profile);
    ClaimLine first = lines.get(0).withModifier(m, "discontinued " + d.describe()
        + ": only the first planned code is reported, with " + m.code() + " ("
        + (profile.facilityClaim() ? "facility claim, facility-claims R-HOPD-MOD-6"
            : "physician claim, facility-claims R-PRO-4") + ")");
    return new ReportDiscontinued(d, ImmutableList.of(first), lines.size() - 1);
  }

  /** The line kept. */
  ImmutableList<ClaimLine> lines() {
    return kept;
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    trace.add(new TraceStep(CodingStep.REPORT_DISCONTINUED, "session discontinued "
        + discontinuation.id() + ": kept " + kept.get(0).notation() + ", dropped " + dropped
        + " planned line" + (dropped == 1 ? "" : "s")));
  }
}
