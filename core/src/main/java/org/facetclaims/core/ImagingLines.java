package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.facetclaims.core.technique.Imaging;

/** What {@link AddImaging} decided: one line per separately reported guidance, or none. */
final class ImagingLines implements StepOutcome {
  static final ImagingLines NONE = new ImagingLines(ImmutableList.of(), ImmutableList.of());

  private final ImmutableList<Imaging> modalities;
  private final ImmutableList<ClaimLine> lines;

  ImagingLines(ImmutableList<Imaging> modalities, ImmutableList<ClaimLine> lines) {
    this.modalities = modalities;
    this.lines = lines;
  }

  /** The imaging lines, fluoroscopy before CT. */
  ImmutableList<ClaimLine> lines() {
    return lines;
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    for (int i = 0; i < lines.size(); i++) {
      trace.add(new TraceStep(CodingStep.ADD_IMAGING, modalities.get(i).label() + ": "
          + lines.get(i).notation()));
    }
  }
}
