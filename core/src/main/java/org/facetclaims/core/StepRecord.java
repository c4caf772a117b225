package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The outcomes of the steps that ran for one session, in the order they ran. A result keeps it,
 * and its trace is the entries of these outcomes: the steps never run again to explain a result.
 * Coding writes the record once; the trace text is built only when asked for.
 */
final class StepRecord {
  /** Room for every step of a session whose level lists are read both ways. */
  private StepOutcome[] outcomes = new StepOutcome[9];
  private int count;

  /** Records what a step decided, and gives it back for the next steps. */
  <T extends StepOutcome> T add(T outcome) {
    if (count == outcomes.length) {
      outcomes = Arrays.copyOf(outcomes, count * 2);
    }
    outcomes[count++] = outcome;
    return outcome;
  }

  /** The trace: every recorded outcome's entries, in order. */
  ImmutableList<TraceStep> trace() {
    List<TraceStep> trace = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      outcomes[i].addTraceTo(trace);
    }
    return ImmutableList.copyOf(trace);
  }
}
