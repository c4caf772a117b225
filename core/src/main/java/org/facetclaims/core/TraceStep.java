package org.facetclaims.core;

import java.util.Objects;

/** One entry of a result's trace: the step and what it decided. Immutable. */
public final class TraceStep {
  private final CodingStep step;
  private final String detail;

  TraceStep(CodingStep step, String detail) {
    this.step = Objects.requireNonNull(step);
    this.detail = Objects.requireNonNull(detail);
  }

  public CodingStep step() {
    return step;
  }

  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return step + ": " + detail;
  }
}
