package org.facetclaims.core.payer;

import org.facetclaims.core.anatomy.Laterality;
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
    if (primaryAvailable && !right.isEmpty()) {
      right = SideLines.primary(Laterality.RIGHT, right, out);
    }
    if (primaryAvailable && !left.isEmpty()) {
      left = SideLines.primary(Laterality.LEFT, left, out);
    }
    SideLines.addOn(Laterality.RIGHT, right, out);
    SideLines.addOn(Laterality.LEFT, left, out);
  }
}
