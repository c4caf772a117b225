package org.facetclaims.fhir.bulk;

import java.io.IOException;

/**
 * The output of a bulk run cannot be written where it was asked for, or failed while it was
 * written (a full disk, a closed pipe). The message names the file and the system's reason,
 * never content of the records. Each kind has a stable identifier. When it is thrown, the
 * previous output in the folder (if any) is as it was: a run's files are renamed into place
 * only when the whole run has been written.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The kinds of output failures, with stable identifiers. */
  public enum Kind {
    OVERWRITES_INPUT("FCO-001", "the output would overwrite the input"),
    WRITE_FAILED("FCO-002", "the output could not be written"),
    NOT_CREATED("FCO-003", "the output file could not be created");

    private final String id;
    private final String summary;

    Kind(String id, String summary) {
      this.id = id;
      this.summary = summary;
    }

    /** The stable identifier, for example {@code "FCO-002"}. */
    public String id() {
      return id;
    }

    /** A short summary. */
    public String summary() {
      return summary;
    }
  }

  private final Kind kind;

  /** An exception of a kind; {@code detail} names the file and the reason. */
  public OutputException(Kind kind, String detail, Throwable cause) {
    super(kind.id() + ": " + kind.summary() + (detail == null ? "" : " (" + detail + ")"), cause);
    this.kind = kind;
  }

  /** What kind of failure it is. */
  public Kind kind() {
    return kind;
  }

  /** The system's reason for an I/O failure, for example "No space left on device". */
  static String reason(IOException e) {
    String m = e.getMessage();
    // A file system exception's message starts with the file name; the reason is its own.
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
