package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.payer.BillingConvention;

/** What {@link BuildLines} decided for one reading: the lines of each code family, in order. */
final class LaidOutLines implements StepOutcome {
  private static final JointFamily[] FAMILIES = JointFamily.values();

  private final LevelListReading reading;
  private final BillingConvention convention;
  private final ImmutableList<ClaimLine> cervicalThoracic;
  private final ImmutableList<ClaimLine> lumbarSacral;

  LaidOutLines(LevelListReading reading, BillingConvention convention,
      ImmutableList<ClaimLine> cervicalThoracic, ImmutableList<ClaimLine> lumbarSacral) {
    this.reading = reading;
    this.convention = convention;
    this.cervicalThoracic = cervicalThoracic;
    this.lumbarSacral = lumbarSacral;
  }

  /** The lines of one family, primary lines before their add-ons. */
  ImmutableList<ClaimLine> family(JointFamily family) {
    return family == JointFamily.CERVICAL_THORACIC ? cervicalThoracic : lumbarSacral;
  }

  /** These lines without those of {@code withheld}. */
  LaidOutLines without(List<JointFamily> withheld) {
    return new LaidOutLines(reading, convention,
        withheld.contains(JointFamily.CERVICAL_THORACIC) ? ImmutableList.of() : cervicalThoracic,
        withheld.contains(JointFamily.LUMBAR_SACRAL) ? ImmutableList.of() : lumbarSacral);
  }

  /** Every line, family by family, in a list with room for the imaging lines. */
  List<ClaimLine> all() {
    List<ClaimLine> all = new ArrayList<>(cervicalThoracic.size() + lumbarSacral.size() + 1);
    all.addAll(cervicalThoracic);
    all.addAll(lumbarSacral);
    return all;
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    for (JointFamily f : FAMILIES) {
      ImmutableList<ClaimLine> lines = family(f);
      if (!lines.isEmpty()) {
        trace.add(new TraceStep(CodingStep.BUILD_LINES, f.label() + " under " + convention.id()
            + reading.traceNote() + ": " + lines));
      }
    }
  }
}
