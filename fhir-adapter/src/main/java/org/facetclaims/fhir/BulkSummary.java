package org.facetclaims.fhir;

/** What a bulk run did. Immutable. */
public final class BulkSummary {
  private final long lines;
  private final long procedures;
  private final long claims;
  private final long outcomes;
  private final long malformed;
  private final long millis;

  BulkSummary(long lines, long procedures, long claims, long outcomes, long malformed,
      long millis) {
    this.lines = lines;
    this.procedures = procedures;
    this.claims = claims;
    this.outcomes = outcomes;
    this.malformed = malformed;
    this.millis = millis;
  }

  /** Input lines read (blank lines included). */
  public long lines() {
    return lines;
  }

  /** Procedures read. */
  public long procedures() {
    return procedures;
  }

  /** Claims written. */
  public long claims() {
    return claims;
  }

  /** OperationOutcomes written (one per session or line with findings). */
  public long outcomes() {
    return outcomes;
  }

  /** Lines that could not be read as a Procedure or Bundle. */
  public long malformed() {
    return malformed;
  }

  /** Wall time in milliseconds. */
  public long millis() {
    return millis;
  }

  @Override
  public String toString() {
    return lines + " lines, " + procedures + " procedures, " + claims + " claims, " + outcomes
        + " outcomes, " + malformed + " malformed, " + millis + " ms";
  }
}
