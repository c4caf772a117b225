package org.facetclaims.audit;

/**
 * The input cannot be audited at all (missing file, required columns missing, not CSV, Parquet
 * or NDJSON): the command exits 2 with this message, which names the line or row where one is
 * known and never quotes the input's content. A single malformed line is not this: it is a
 * finding, and the run goes on.
 */
public final class AuditInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public AuditInputException(String message) {
    super(message);
  }
}
