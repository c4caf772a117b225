package org.facetclaims.audit;

/**
 * The input cannot be audited at all (missing file, required columns missing, not CSV, Parquet
 * or NDJSON): the command exits 2 with this message, which starts with the kind's stable id
 * ({@code FCI-0nn}), names the line or row where one is known and never quotes the input's
 * content. A single malformed line is not this: it is a finding, and the run goes on.
 */
public final class AuditInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What kind of input cannot be audited; each has a stable id listed in the docs. */
  public enum Kind {
    /** The input path does not exist or is not a file (or folder) that can be read. */
    NO_SUCH_INPUT("FCI-001"),
    /** The input is of a kind this engine does not audit (a Delta table on one machine, a folder
     * without data files). */
    NOT_AUDITED_HERE("FCI-002"),
    /** The input cannot be read as its format (not CSV, Parquet or NDJSON as named). */
    UNREADABLE("FCI-003"),
    /** Columns the rules need are missing. */
    MISSING_COLUMNS("FCI-004"),
    /** The audit's query engine failed on the input. */
    FAILED("FCI-005");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The stable id, for example {@code FCI-004}. */
    public String id() {
      return id;
    }
  }

  private final Kind kind;

  public AuditInputException(Kind kind, String message) {
    super(kind.id() + ": " + message);
    this.kind = kind;
  }

  /** What kind of input it is. */
  public Kind kind() {
    return kind;
  }
}
