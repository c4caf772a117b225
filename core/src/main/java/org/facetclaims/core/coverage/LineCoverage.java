package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.codeset.Modifier;

/**
 * What the coverage checks decided for one line: how many of its units are expected to be
 * denied, which joints those units are (when the line knows its joints), why, and the coverage
 * modifier (GA or GZ) the non-covered units take when the profile asks for one. A line whose
 * every unit is non-covered is denied as a whole; a line with some non-covered units (the levels
 * beyond two under the 2024 text) must be split so that GA or GZ marks those units alone.
 *
 * @param index the line's position
 * @param units the line's units
 * @param nonCoveredUnits how many of them are expected to be denied (0 when covered)
 * @param nonCoveredSites the joints of the non-covered units in words ("right L5-S1", "L5-S1
 *     both sides"): every joint of a line denied as a whole, the joints beyond the level limit
 *     of a line denied in part; empty when the line does not say its joints (claim lines, 64999)
 * @param reasons the findings that make units non-covered, in the order they were found
 * @param rationale why, in words for the line's rationale; empty when covered
 * @param coverageModifiers GA or GZ for the non-covered units, when the profile asks for
 *     coverage modifiers and the ABN status is known
 * @param diagnosisPointers positions (0-based) of the context's diagnoses that support the
 *     line's region, in the context's order
 */
public record LineCoverage(int index, int units, int nonCoveredUnits,
    ImmutableList<String> nonCoveredSites, ImmutableList<FindingCode> reasons, String rationale,
    ImmutableList<Modifier> coverageModifiers, ImmutableList<Integer> diagnosisPointers) {

  /** Units expected to be paid. */
  public int coveredUnits() {
    return units - nonCoveredUnits;
  }

  /** True when every unit of the line is expected to be denied. */
  public boolean isNonCovered() {
    return nonCoveredUnits > 0 && nonCoveredUnits == units;
  }

  /** True when some but not all units are expected to be denied (the line must be split). */
  public boolean isPartlyNonCovered() {
    return nonCoveredUnits > 0 && nonCoveredUnits < units;
  }
}
