package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.OtherClaimLine;

/**
 * One session (one patient, one date of service, one clinician) as the coverage rules see it:
 * its date, its {@link CoverageLine lines}, the procedures they code (their technique and
 * guidance, when known), the other codes billed on the same date (sedation, anesthesia, blocks)
 * and whether the payer profile asks for coverage modifiers. Built from the engine's result
 * ({@link #of(CodingResult)}) or from claim lines alone ({@link #builder(LocalDate)}), so that
 * the same rules judge a coded procedure note and a historical claim. Immutable.
 *
 * <pre>{@code
 * CoverageSession s = CoverageSession.builder(LocalDate.of(2025, 3, 3))
 *     .line(CoverageLine.builder(0, "64635", 1).modifiers("50").build())
 *     .line(CoverageLine.builder(1, "64636", 2).modifiers("50").build())
 *     .otherCode("99152")
 *     .build();
 * }</pre>
 */
public final class CoverageSession {
  private final LocalDate dateOfService;
  private final ImmutableList<CoverageLine> lines;
  private final ImmutableList<DocumentedProcedure> procedures;
  private final ImmutableList<String> otherCodes;
  private final boolean coverageModifiers;
  private final CodingResult result;

  private CoverageSession(LocalDate dateOfService, ImmutableList<CoverageLine> lines,
      ImmutableList<DocumentedProcedure> procedures, ImmutableList<String> otherCodes,
      boolean coverageModifiers, CodingResult result) {
    this.dateOfService = dateOfService;
    this.lines = lines;
    this.procedures = procedures;
    this.otherCodes = otherCodes;
    this.coverageModifiers = coverageModifiers;
    this.result = result;
  }

  /**
   * The session the engine coded: its lines with their joints, the documented procedures, the
   * other claim lines the caller passed, and the profile's coverage-modifier setting.
   */
  public static CoverageSession of(CodingResult result) {
    ImmutableList<ClaimLine> ls = result.lines();
    ImmutableList.Builder<CoverageLine> lines = ImmutableList.builderWithExpectedSize(ls.size());
    for (int i = 0; i < ls.size(); i++) {
      lines.add(CoverageLine.of(ls.get(i), i));
    }
    ImmutableList<String> others = ImmutableList.of();
    if (!result.session().otherLines().isEmpty()) {
      ImmutableList.Builder<String> o = ImmutableList.builder();
      for (OtherClaimLine x : result.session().otherLines()) {
        o.add(x.code().toUpperCase(Locale.ROOT));
      }
      others = o.build();
    }
    return new CoverageSession(result.session().dateOfService(), lines.build(),
        result.session().procedures(), others, result.profile().coverageModifiers(), result);
  }

  /** A builder for a session read from claim lines. */
  public static Builder builder(LocalDate dateOfService) {
    return new Builder(Objects.requireNonNull(dateOfService, "dateOfService"));
  }

  public LocalDate dateOfService() {
    return dateOfService;
  }

  /** The lines judged, in claim order (their {@link CoverageLine#index()} is their position). */
  public ImmutableList<CoverageLine> lines() {
    return lines;
  }

  /** The documented procedures the lines code (empty for a session read from claims). */
  public ImmutableList<DocumentedProcedure> procedures() {
    return procedures;
  }

  /** Other codes billed for the patient on the same date (upper case), in input order. */
  public ImmutableList<String> otherCodes() {
    return otherCodes;
  }

  /** True when the payer profile asks for GA/GZ on non-covered lines. */
  public boolean coverageModifiers() {
    return coverageModifiers;
  }

  /** The engine's result this session was built from, or null for claim lines. */
  CodingResult resultOrNull() {
    return result;
  }

  @Override
  public String toString() {
    return dateOfService + " " + lines + (otherCodes.isEmpty() ? "" : " other " + otherCodes);
  }

  /** Builds a {@link CoverageSession} from claim lines. Not thread-safe. */
  public static final class Builder {
    private final LocalDate dateOfService;
    private final List<CoverageLine> lines = new ArrayList<>();
    private final List<DocumentedProcedure> procedures = new ArrayList<>(0);
    private final List<String> otherCodes = new ArrayList<>();
    private boolean coverageModifiers;

    private Builder(LocalDate dateOfService) {
      this.dateOfService = dateOfService;
    }

    /**
     * Adds a line; lines must be added in the order of their positions (0, 1, ...).
     *
     * @throws IllegalArgumentException when the line's position is not the next one
     */
    public Builder line(CoverageLine line) {
      if (line.index() != lines.size()) {
        throw new IllegalArgumentException("Line " + line.notation() + " has position "
            + line.index() + "; the next position is " + lines.size());
      }
      lines.add(line);
      return this;
    }

    /** Adds a code billed on the same date that is not judged as a line (E/M, sedation). */
    public Builder otherCode(String code) {
      if (code != null && !code.isBlank()) {
        otherCodes.add(code.strip().toUpperCase(Locale.ROOT));
      }
      return this;
    }

    /** Whether non-covered lines should get GA or GZ (default false). */
    public Builder coverageModifiers(boolean on) {
      this.coverageModifiers = on;
      return this;
    }

    public CoverageSession build() {
      return new CoverageSession(dateOfService, ImmutableList.copyOf(lines),
          ImmutableList.copyOf(procedures), ImmutableList.copyOf(otherCodes), coverageModifiers,
          null);
    }
  }
}
