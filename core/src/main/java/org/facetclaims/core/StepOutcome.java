package org.facetclaims.core;

import java.util.List;

/**
 * What one step of the engine decided, as a value: the step's output, which the next steps take
 * as input and which the trace shows. Immutable.
 */
interface StepOutcome {
  /**
   * Adds this outcome's entries to a trace: none when the step had nothing to decide, several
   * when it decided per procedure, family or line.
   */
  void addTraceTo(List<TraceStep> trace);
}
