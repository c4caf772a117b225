package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.codeset.Modifier;

/**
 * What the {@link CoverageChecker} found for one {@link CodingResult}: the findings, which lines
 * are expected to be denied, and the coverage modifiers to append to each line (only when the
 * profile asks for them). Line positions are those of {@link CodingResult#lines()}. Immutable.
 */
public final class CoverageAssessment {
  private final CodingResult result;
  private final ImmutableList<Finding> findings;
  private final boolean[] nonCovered;
  private final ImmutableList<ImmutableList<Modifier>> appended;

  CoverageAssessment(CodingResult result, ImmutableList<Finding> findings, boolean[] nonCovered,
      ImmutableList<ImmutableList<Modifier>> appended) {
    this.result = result;
    this.findings = findings;
    this.nonCovered = nonCovered.clone();
    this.appended = appended;
  }

  /** The result that was checked. */
  public CodingResult result() {
    return result;
  }

  /** The coverage findings, warnings before information. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * True when the line at {@code index} is expected to be denied as a whole (a non-covered method
   * or guidance, a session over the 12-month limit, a failed block or repeat rule from the
   * history, no covered diagnosis).
   *
   * @throws IndexOutOfBoundsException for a position that is not a line
   */
  public boolean isNonCovered(int index) {
    if (index < 0 || index >= nonCovered.length) {
      throw new IndexOutOfBoundsException(index);
    }
    return nonCovered[index];
  }

  /** The lines expected to be denied, in line order. */
  public ImmutableList<ClaimLine> nonCoveredLines() {
    ImmutableList.Builder<ClaimLine> b = ImmutableList.builder();
    for (int i = 0; i < nonCovered.length; i++) {
      if (nonCovered[i]) {
        b.add(result.lines().get(i));
      }
    }
    return b.build();
  }

  /**
   * The coverage modifiers to append after the line's own modifiers (GA or GZ), empty unless the
   * profile asks for coverage modifiers, the line is non-covered and the ABN status is known.
   *
   * @throws IndexOutOfBoundsException for a position that is not a line
   */
  public ImmutableList<Modifier> appendedModifiers(int index) {
    return appended.get(index);
  }

  @Override
  public String toString() {
    return "non-covered " + nonCoveredLines() + " " + findings;
  }
}
