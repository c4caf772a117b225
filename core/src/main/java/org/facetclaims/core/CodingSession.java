package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.payer.OffCampusDepartment;

/**
 * One session: the documented procedures of one patient, on one date of service, by one
 * performing clinician, which are coded together (a left and a right procedure of L4-L5 on one day
 * are one bilateral level, not two primaries). Optionally, the other lines already on the claim,
 * for edits. Immutable.
 *
 * <pre>{@code
 * CodingSession session = CodingSession.on(LocalDate.of(2026, 2, 2))
 *     .add(procedure)
 *     .build();
 * }</pre>
 */
public final class CodingSession {
  /** Most procedures one session may hold. */
  public static final int MAX_PROCEDURES = 64;

  private final LocalDate dateOfService;
  private final ImmutableList<DocumentedProcedure> procedures;
  private final ImmutableList<OtherClaimLine> otherLines;
  private final CoverageLayout coverageLayout;
  private final Discontinuation discontinuation;
  private final OffCampusDepartment offCampusDepartment;

  private CodingSession(Builder b) {
    this.dateOfService = b.dateOfService;
    this.procedures = ImmutableList.copyOf(b.procedures);
    this.otherLines = ImmutableList.copyOf(b.otherLines);
    this.coverageLayout = b.coverageLayout;
    this.discontinuation = b.discontinuation;
    this.offCampusDepartment = b.offCampusDepartment;
  }

  /** A builder for a session on {@code dateOfService}. */
  public static Builder on(LocalDate dateOfService) {
    return new Builder(Objects.requireNonNull(dateOfService, "dateOfService"));
  }

  /** A session of one procedure. */
  public static CodingSession of(LocalDate dateOfService, DocumentedProcedure procedure) {
    return on(dateOfService).add(procedure).build();
  }

  public LocalDate dateOfService() {
    return dateOfService;
  }

  /** The procedures, in the order given (the order never changes the lines). */
  public ImmutableList<DocumentedProcedure> procedures() {
    return procedures;
  }

  /** Lines already on the claim, checked by the edits. */
  public ImmutableList<OtherClaimLine> otherLines() {
    return otherLines;
  }

  /**
   * What the payer's coverage policy asks of this session's lines (levels beyond the covered ones
   * on lines of their own, the thoracolumbar rule); {@link CoverageLayout#NONE} unless set.
   */
  public CoverageLayout coverageLayout() {
    return coverageLayout;
  }

  /**
   * Whether the session was stopped before completion ({@link Discontinuation#NONE} unless the
   * caller says so): then only the first planned line is reported, with 53, 73 or 74.
   */
  public Discontinuation discontinuation() {
    return discontinuation;
  }

  /**
   * Whether the off-campus provider-based department where the session was done is excepted
   * (PO) or not (PN) on a hospital outpatient claim; empty unless set (on campus, or not said).
   */
  public Optional<OffCampusDepartment> offCampusDepartment() {
    return Optional.ofNullable(offCampusDepartment);
  }

  /** Builds a {@link CodingSession}. Not thread-safe. */
  public static final class Builder {
    private final LocalDate dateOfService;
    private final List<DocumentedProcedure> procedures = new ArrayList<>(2);
    private final List<OtherClaimLine> otherLines = new ArrayList<>(0);
    private CoverageLayout coverageLayout = CoverageLayout.NONE;
    private Discontinuation discontinuation = Discontinuation.NONE;
    private OffCampusDepartment offCampusDepartment;

    private Builder(LocalDate dateOfService) {
      this.dateOfService = dateOfService;
    }

    /** Adds a procedure. */
    public Builder add(DocumentedProcedure procedure) {
      if (procedures.size() >= MAX_PROCEDURES) {
        throw new IllegalArgumentException(
            "More than " + MAX_PROCEDURES + " procedures in one session");
      }
      procedures.add(Objects.requireNonNull(procedure, "procedure"));
      return this;
    }

    /** Adds a line already on the claim. */
    public Builder otherLine(OtherClaimLine line) {
      otherLines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /** What the payer's coverage policy asks of the lines (default {@link CoverageLayout#NONE}). */
    public Builder coverageLayout(CoverageLayout layout) {
      this.coverageLayout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /** Says the session was stopped before completion (default {@link Discontinuation#NONE}). */
    public Builder discontinued(Discontinuation d) {
      this.discontinuation = Objects.requireNonNull(d, "discontinuation");
      return this;
    }

    /**
     * Says the session was done in an off-campus provider-based department, excepted or not
     * (null: on campus or not said): a hospital outpatient claim gets PO or PN on every line.
     */
    public Builder offCampusDepartment(OffCampusDepartment d) {
      this.offCampusDepartment = d;
      return this;
    }

    /**
     * Builds the session.
     *
     * @throws IllegalArgumentException when no procedure was added
     */
    public CodingSession build() {
      if (procedures.isEmpty()) {
        throw new IllegalArgumentException("A session needs at least one documented procedure");
      }
      return new CodingSession(this);
    }
  }
}
