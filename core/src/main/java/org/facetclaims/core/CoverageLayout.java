package org.facetclaims.core;

import java.util.Objects;

/**
 * What a payer's coverage policy asks of the lines of one session, beyond the profile's billing
 * convention. A Medicare contractor's 2024 facet LCD covers at most two levels per region per
 * session: the units beyond are laid out on lines of their own (same codes and side modifiers),
 * so that GA or GZ can mark exactly those units. Some contractors (CGS from 2025-01-01) bill
 * contiguous T12-L1 and L1-L2 as one lumbar session (64633 + 64636). Which applies depends on the
 * state and date of service, so it belongs to the session, not to the profile; {@code
 * org.facetclaims.core.medicare.MedicareCoverage#layout} derives it from the policy chosen.
 * Immutable.
 *
 * <pre>{@code
 * CodingSession s = CodingSession.on(date).add(procedure)
 *     .coverageLayout(CoverageLayout.levelsCovered(2, "cgs-L38773-2024"))
 *     .build();   // 3 bilateral levels: 64635-50 x1, 64636-50 x1, 64636-50 x1
 * }</pre>
 *
 * @param coveredLevelsPerRegion the levels per region a payer covers in one session; the units
 *     at later levels go on lines of their own. 0: no limit (one layout, as the profile has it)
 * @param thoracolumbarJunctionAsLumbar contiguous T12-L1 and L1-L2 are one lumbar session
 *     (64633 + 64636), as the profile's option of that name does
 * @param source what asks for it (the policy's name), for the rationale and findings
 */
public record CoverageLayout(int coveredLevelsPerRegion, boolean thoracolumbarJunctionAsLumbar,
    String source) {
  /** Nothing asked: the profile's layout alone. */
  public static final CoverageLayout NONE = new CoverageLayout(0, false, "");

  public CoverageLayout {
    if (coveredLevelsPerRegion < 0) {
      throw new IllegalArgumentException("coveredLevelsPerRegion must be 0 or more, not "
          + coveredLevelsPerRegion);
    }
    Objects.requireNonNull(source, "source");
  }

  /** At most {@code levels} covered levels per region; the units beyond on lines of their own. */
  public static CoverageLayout levelsCovered(int levels, String source) {
    return new CoverageLayout(levels, false, source);
  }

  /** This layout with the thoracolumbar rule on or off. */
  public CoverageLayout withThoracolumbarJunctionAsLumbar(boolean on) {
    return new CoverageLayout(coveredLevelsPerRegion, on, source);
  }

  /** True when nothing is asked beyond the profile. */
  public boolean isNone() {
    return coveredLevelsPerRegion == 0 && !thoracolumbarJunctionAsLumbar;
  }
}
