package org.facetclaims.fhir.bulk;

/**
 * What a bulk run did.
 *
 * @param lines input lines read (blank lines included)
 * @param procedures Procedures read
 * @param claims Claims written
 * @param outcomes OperationOutcomes written (one per session or line with findings)
 * @param malformed lines that could not be read as a Procedure or Bundle
 * @param failed sessions (or Bundle lines) whose coding failed inside the library, each finding
 *     FC-513 in the outcomes; 0 unless there is a bug to report
 * @param millis wall time in milliseconds
 */
public record BulkSummary(long lines, long procedures, long claims, long outcomes,
    long malformed, long failed, long millis) {

  @Override
  public String toString() {
    return lines + " lines, " + procedures + " procedures, " + claims + " claims, " + outcomes
        + " outcomes, " + malformed + " malformed, "
        + (failed == 0 ? "" : failed + " could not be coded (FC-513, please report), ")
        + millis + " ms";
  }
}
