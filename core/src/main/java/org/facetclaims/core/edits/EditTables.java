package org.facetclaims.core.edits;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The edit data a coding engine checks lines against: an {@link MueTable} and a {@link PtpTable}.
 * Immutable and thread-safe.
 *
 * <p>{@link #bundled()} is the data shipped with the library (only the facet codes' values and
 * pairs, each with its source). To use CMS's official quarterly files instead, parse them and pass
 * the result to the engine builder:
 *
 * <pre>{@code
 * EditTables tables = EditTables.of(
 *     MueTable.parse(Files.newBufferedReader(mueFile), "MUE 2026Q4", LocalDate.of(2026, 10, 1), null),
 *     PtpTable.parse(Files.newBufferedReader(ptpFile), "NCCI PTP 2026Q4"));
 * }</pre>
 */
public final class EditTables {
  private static final EditTables BUNDLED = new EditTables(
      MueTable.parse(resource("mue-practitioner.csv"), "bundled mue-practitioner.csv"),
      PtpTable.parse(resource("ptp-practitioner.csv"), "bundled ptp-practitioner.csv"));

  private final MueTable mue;
  private final PtpTable ptp;

  private EditTables(MueTable mue, PtpTable ptp) {
    this.mue = Objects.requireNonNull(mue, "mue");
    this.ptp = Objects.requireNonNull(ptp, "ptp");
  }

  /** The tables shipped with the library. */
  public static EditTables bundled() {
    return BUNDLED;
  }

  /** Caller-supplied tables. */
  public static EditTables of(MueTable mue, PtpTable ptp) {
    return new EditTables(mue, ptp);
  }

  /** No edits at all. */
  public static EditTables none() {
    return new EditTables(MueTable.empty(), PtpTable.empty());
  }

  public MueTable mue() {
    return mue;
  }

  public PtpTable ptp() {
    return ptp;
  }

  private static Reader resource(String name) {
    InputStream in = EditTables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Bundled edit table missing from the jar: " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
