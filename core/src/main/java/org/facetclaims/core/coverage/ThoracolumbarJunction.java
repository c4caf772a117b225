package org.facetclaims.core.coverage;

import java.time.LocalDate;

/**
 * A contractor's thoracolumbar billing rule (CGS A58364 from 2025-01-01): contiguous T12-L1 and
 * L1-L2 in one session are one lumbar session, billed 64633 + 64636 once. When it is in force
 * and what claim lines that do not say their joints show of it, for the coverage checks and the
 * claims audit alike.
 */
public final class ThoracolumbarJunction {
  private ThoracolumbarJunction() {}

  /** True when the policy's rule is in force on the date. */
  public static boolean inForce(CoveragePolicy policy, LocalDate date) {
    LocalDate from = policy.thoracolumbarJunctionFrom().orElse(null);
    return from != null && !date.isBefore(from);
  }

  /**
   * True when a session's lines have the rule's shape: every cervical/thoracic line is a primary
   * (64633, T12-L1 on each side billed) and the lumbar/sacral lines have add-ons but no primary
   * (64636 for L1-L2 and below, without 64635).
   *
   * @param cervicalLines the cervical/thoracic facet lines
   * @param cervicalPrimaries how many of them are primary lines
   * @param lumbarPrimaries the lumbar/sacral primary lines
   * @param lumbarAddOns the lumbar/sacral add-on lines
   */
  public static boolean claimShape(int cervicalLines, int cervicalPrimaries, int lumbarPrimaries,
      int lumbarAddOns) {
    return cervicalLines > 0 && cervicalPrimaries == cervicalLines && lumbarPrimaries == 0
        && lumbarAddOns > 0;
  }
}
