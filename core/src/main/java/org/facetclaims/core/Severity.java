package org.facetclaims.core;

/** How much a {@link Finding} matters. */
public enum Severity {
  /** The affected lines are withheld until the finding is resolved. */
  ERROR("error"),
  /** Lines are coded, but a coder must look at them. */
  WARNING("warning"),
  /** For the record; nothing to do. */
  INFORMATION("information");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lower-case name, as FHIR's OperationOutcome writes it. */
  public String label() {
    return label;
  }
}
