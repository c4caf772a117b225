package org.facetclaims.core;

import java.util.List;
import org.facetclaims.core.anatomy.JointFamily;

/** What {@link CompareReadings} decided: the families withheld, and the lines coded. */
final class ReadingComparison implements StepOutcome {
  private final List<JointFamily> withheld;
  private final LaidOutLines kept;

  ReadingComparison(List<JointFamily> withheld, LaidOutLines kept) {
    this.withheld = withheld;
    this.kept = kept;
  }

  /** The lines coded: the vertebral reading's, without the withheld families. */
  LaidOutLines kept() {
    return kept;
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    for (JointFamily f : withheld) {
      trace.add(new TraceStep(CodingStep.BUILD_LINES, f.label()
          + ": readings differ, lines withheld"));
    }
  }
}
