package org.facetclaims.fhir;

/** What a bulk run did. Immutable. */
public final class BulkSummary {
  private final long lines;
  private final long procedures;
  private final long claims;
  private final long outcomes;
  private final long malformed;
  private final long failed;
  private final long millis;

  BulkSummary(long lines, long procedures, long claims, long outcomes, long malformed,
      long failed, long millis) {
    this.lines = lines;
    this.procedures = procedures;
    this.claims = claims;
    this.outcomes = outcomes;
    this.malformed = malformed;
    this.failed = failed;
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

  /**
   * Sessions (or Bundle lines) whose coding failed inside the library, each finding FC-513 in
   * the outcomes; 0 unless there is a bug to report.
   */
  public long failed() {
    return failed;
  }

  /** Wall time in milliseconds. */
  public long millis() {
    return millis;
  }

  @Override
  public String toString() {
    return lines + " lines, " + procedures + " procedures, " + claims + " claims, " + outcomes
        + " outcomes, " + malformed + " malformed, "
        + (failed == 0 ? "" : failed + " could not be coded (FC-513, please report), ")
        + millis + " ms";
  }
}
