package org.facetclaims.core.coverage;

/**
 * Whether a signed Advance Beneficiary Notice of Noncoverage (ABN) is on file for the service.
 * It decides the coverage modifier of a line expected to be denied: GA with an ABN, GZ without.
 */
public enum AbnStatus {
  /** A signed ABN is on file: a non-covered line gets GA. */
  ON_FILE("ABN on file"),
  /** No ABN: a non-covered line gets GZ. */
  NOT_ON_FILE("no ABN on file"),
  /** The caller did not say: no coverage modifier is added, with a warning. */
  UNKNOWN("ABN status unknown");

  private final String label;

  AbnStatus(String label) {
    this.label = label;
  }

  /** A plain description. */
  public String label() {
    return label;
  }
}
