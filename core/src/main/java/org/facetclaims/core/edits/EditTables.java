package org.facetclaims.core.edits;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

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
 *     PtpTable.parse(Files.newBufferedReader(ptpFile), "NCCI PTP 2026Q4"))
 *     .withOutpatientHospital(
 *         MueTable.parse(Files.newBufferedReader(ophMueFile), "OPH MUE 2026Q4", from, through),
 *         PtpTable.parse(Files.newBufferedReader(ophPtpFile), "NCCI hospital PTP 2026Q4"));
 * }</pre>
 */
public final class EditTables {
  private static final EditTables BUNDLED = new EditTables(
      MueTable.parse(resource("mue-practitioner.csv"), "bundled mue-practitioner.csv"),
      PtpTable.parse(resource("ptp-practitioner.csv"), "bundled ptp-practitioner.csv"));

  private final MueTable mue;
  private final PtpTable ptp;
  private final MueTable hospitalMue;
  private final PtpTable hospitalPtp;

  private EditTables(MueTable mue, PtpTable ptp) {
    this(mue, ptp, null, null);
  }

  private EditTables(MueTable mue, PtpTable ptp, MueTable hospitalMue, PtpTable hospitalPtp) {
    this.mue = Objects.requireNonNull(mue, "mue");
    this.ptp = Objects.requireNonNull(ptp, "ptp");
    this.hospitalMue = hospitalMue;
    this.hospitalPtp = hospitalPtp;
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

  /** The practitioner MUE table (also checked for ASC claims). */
  public MueTable mue() {
    return mue;
  }

  /** The practitioner PTP edits (also checked for ASC claims). */
  public PtpTable ptp() {
    return ptp;
  }

  /**
   * These tables with CMS's outpatient-hospital data sets, which a hospital outpatient claim
   * (a profile with {@code PayerProfile#outpatientHospitalEdits()}) is checked against instead of
   * the practitioner ones: the Outpatient Hospital Services MUE table and the hospital PTP edits
   * ({@code ccioph}). None is bundled: either may be null (not loaded), and a hospital claim is
   * then not checked against it (finding FC-730), never against the practitioner values.
   */
  public EditTables withOutpatientHospital(MueTable hospitalMue, PtpTable hospitalPtp) {
    return new EditTables(mue, ptp, hospitalMue, hospitalPtp);
  }

  /** The outpatient-hospital MUE table, when loaded. */
  public Optional<MueTable> outpatientHospitalMue() {
    return Optional.ofNullable(hospitalMue);
  }

  /** The outpatient-hospital (hospital) PTP edits, when loaded. */
  public Optional<PtpTable> outpatientHospitalPtp() {
    return Optional.ofNullable(hospitalPtp);
  }

  private static Reader resource(String name) {
    InputStream in = EditTables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Bundled edit table missing from the jar: " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
