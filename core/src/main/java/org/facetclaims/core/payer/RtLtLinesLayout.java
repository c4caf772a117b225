package org.facetclaims.core.payer;

import static org.facetclaims.core.payer.SideModifiers.LEFT;
import static org.facetclaims.core.payer.SideModifiers.RIGHT;

import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;

/**
 * {@link BillingConvention#RT_LT_LINES}: each side on its own lines; each side's first joint is a
 * primary with RT or LT, the rest of that side one add-on line with the same modifier
 * (coding-rules §4). Bilateral L4-L5 + L5-S1: 64635-RT, 64635-LT, 64636-RT, 64636-LT, each ×1.
 */
final class RtLtLinesLayout implements LineLayout {

  @Override
  public String primaryRule() {
    return "rt-lt-lines: each side's first joint is a primary with RT or LT (coding-rules §4)";
  }

  @Override
  public String addOnRule() {
    return "rt-lt-lines: each side's other joints are add-on units with its modifier"
        + " (coding-rules §4)";
  }

  @Override
  public void layOut(UnitSet right, UnitSet left, boolean primaryAvailable, Lines out) {
    if (primaryAvailable) {
      if (!right.isEmpty()) {
        UnitSet first = right.first();
        out.primary(RIGHT, 1, SidedUnits.right(first));
        right = right.minus(first);
      }
      if (!left.isEmpty()) {
        UnitSet first = left.first();
        out.primary(LEFT, 1, SidedUnits.left(first));
        left = left.minus(first);
      }
    }
    if (!right.isEmpty()) {
      out.addOn(RIGHT, right.size(), SidedUnits.right(right));
    }
    if (!left.isEmpty()) {
      out.addOn(LEFT, left.size(), SidedUnits.left(left));
    }
  }
}
