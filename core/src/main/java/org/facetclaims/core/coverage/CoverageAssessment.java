package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.Modifier;

/**
 * What the {@link CoverageChecker} found for one session: the findings, which lines (or which
 * units of a line) are expected to be denied, the coverage modifiers to append to each line
 * (only when the profile asks for them), and the diagnoses supporting each line's region. Line
 * positions are those of {@link CodingResult#lines()} (or of {@link CoverageSession#lines()} for
 * a session read from claims). Immutable.
 */
public final class CoverageAssessment {
  private final CoverageSession session;
  private final CoveragePolicy policy;
  private final ImmutableList<Finding> findings;
  private final ImmutableList<ImmutableList<Modifier>> appended;
  /** The decision of each line with non-covered units; null for covered lines. */
  private final LineCoverage[] decided;
  /** The region each line was judged in (null for lines that are not facet lines). */
  private final JointFamily[] regions;
  private final ImmutableList<String> diagnoses;

  CoverageAssessment(CoverageSession session, CoveragePolicy policy,
      ImmutableList<Finding> findings, ImmutableList<ImmutableList<Modifier>> appended,
      LineCoverage[] decided, JointFamily[] regions, ImmutableList<String> diagnoses) {
    this.session = session;
    this.policy = policy;
    this.findings = findings;
    this.appended = appended;
    this.decided = decided;
    this.regions = regions;
    this.diagnoses = diagnoses;
  }

  /**
   * This assessment with more findings (for example why its policy was chosen), placed before
   * the rules' own findings of the same severity; warnings still come before information.
   */
  public CoverageAssessment withPrecedingFindings(List<Finding> more) {
    List<Finding> all = new ArrayList<>(more);
    all.addAll(findings);
    all.sort(Comparator.comparing(Finding::severity));
    return new CoverageAssessment(session, policy, ImmutableList.copyOf(all), appended, decided,
        regions, diagnoses);
  }

  /**
   * The engine's result that was checked.
   *
   * @throws IllegalStateException for a session read from claim lines (see {@link #session()})
   */
  public CodingResult result() {
    CodingResult r = session.resultOrNull();
    if (r == null) {
      throw new IllegalStateException("This assessment judged claim lines, not a coded result");
    }
    return r;
  }

  /** The session that was checked. */
  public CoverageSession session() {
    return session;
  }

  /** The policy applied (its name says which contractor, LCD and text, for a dated choice). */
  public CoveragePolicy policy() {
    return policy;
  }

  /** The coverage findings, warnings before information. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * True when the line at {@code index} is expected to be denied as a whole (a non-covered method
   * or guidance, a session over the 12-month limit, a failed block or repeat rule from the
   * history, no covered diagnosis, the second region of a session).
   *
   * @throws IndexOutOfBoundsException for a position that is not a line
   */
  public boolean isNonCovered(int index) {
    LineCoverage c = decided[checked(index)];
    return c != null && c.isNonCovered();
  }

  /**
   * How many units of the line at {@code index} are expected to be denied: all of them for a
   * line denied as a whole, some for a line with levels beyond the limit, else 0.
   *
   * @throws IndexOutOfBoundsException for a position that is not a line
   */
  public int nonCoveredUnits(int index) {
    LineCoverage c = decided[checked(index)];
    return c == null ? 0 : c.nonCoveredUnits();
  }

  /**
   * The decision for one line: units denied, which joints, why, the coverage modifier for the
   * denied units, and the diagnoses supporting its region.
   *
   * @throws IndexOutOfBoundsException for a position that is not a line
   */
  public LineCoverage lineCoverage(int index) {
    LineCoverage c = decided[checked(index)];
    ImmutableList<Integer> pointers = diagnosisPointers(index);
    if (c == null) {
      return new LineCoverage(index, session.lines().get(index).units(), 0, ImmutableList.of(),
          ImmutableList.of(), "", ImmutableList.of(), pointers);
    }
    return new LineCoverage(index, c.units(), c.nonCoveredUnits(), c.nonCoveredSites(),
        c.reasons(), c.rationale(), c.coverageModifiers(), pointers);
  }

  /** The decisions for every line, in line order. */
  public ImmutableList<LineCoverage> lineCoverages() {
    ImmutableList.Builder<LineCoverage> b = ImmutableList.builderWithExpectedSize(decided.length);
    for (int i = 0; i < decided.length; i++) {
      b.add(lineCoverage(i));
    }
    return b.build();
  }

  private int checked(int index) {
    if (index < 0 || index >= decided.length) {
      throw new IndexOutOfBoundsException(index);
    }
    return index;
  }

  /**
   * The lines expected to be denied as a whole, in line order.
   *
   * @throws IllegalStateException for a session read from claim lines
   */
  public ImmutableList<ClaimLine> nonCoveredLines() {
    ImmutableList<ClaimLine> all = result().lines();
    ImmutableList.Builder<ClaimLine> b = ImmutableList.builder();
    for (int i = 0; i < decided.length; i++) {
      if (isNonCovered(i)) {
        b.add(all.get(i));
      }
    }
    return b.build();
  }

  /**
   * The coverage modifiers to append after the line's own modifiers (GA or GZ), empty unless the
   * profile asks for coverage modifiers, the whole line is non-covered and the ABN status is
   * known. For a line with only some units non-covered, see {@link LineCoverage#coverageModifiers()}.
   *
   * @throws IndexOutOfBoundsException for a position that is not a line
   */
  public ImmutableList<Modifier> appendedModifiers(int index) {
    return appended.get(index);
  }

  /**
   * The positions (0-based) of the context's diagnoses that support the region of the line at
   * {@code index} on its date (covered, valid in the fiscal year), for a claim item's diagnosis
   * pointers; empty when none does.
   */
  public ImmutableList<Integer> diagnosisPointers(int index) {
    return CoverageChecker.diagnosisPointers(policy, diagnoses, regions[checked(index)],
        session.dateOfService());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("non-covered [");
    String sep = "";
    for (int i = 0; i < decided.length; i++) {
      LineCoverage c = decided[i];
      if (c != null && c.nonCoveredUnits() > 0) {
        sb.append(sep).append(session.lines().get(i).notation());
        if (c.isPartlyNonCovered()) {
          sb.append(" (").append(c.nonCoveredUnits()).append(" of ").append(c.units())
              .append(" units)");
        }
        sep = ", ";
      }
    }
    return sb.append("] ").append(findings).toString();
  }
}
