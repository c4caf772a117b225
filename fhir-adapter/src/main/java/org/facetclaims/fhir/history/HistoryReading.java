package org.facetclaims.fhir.history;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.Finding;
import org.facetclaims.core.coverage.PatientHistory;

/**
 * What the {@link HistoryReader} built from a Bundle: the patient's history, and the findings
 * (FC-617) for what it could not read. Immutable.
 */
public final class HistoryReading {
  private final PatientHistory history;
  private final ImmutableList<Finding> findings;

  HistoryReading(PatientHistory history, ImmutableList<Finding> findings) {
    this.history = history;
    this.findings = findings;
  }

  /** The history; {@link PatientHistory#unknown()} when the input shows none. */
  public PatientHistory history() {
    return history;
  }

  /** What could not be read, each naming the element. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  @Override
  public String toString() {
    return history + " " + findings;
  }
}
