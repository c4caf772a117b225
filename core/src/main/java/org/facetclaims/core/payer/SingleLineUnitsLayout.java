package org.facetclaims.core.payer;

import static org.facetclaims.core.payer.SideLines.LEFT;
import static org.facetclaims.core.payer.SideLines.RIGHT;
import static org.facetclaims.core.payer.SideLines.RIGHT_AND_LEFT;

import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;

/**
 * {@link BillingConvention#SINGLE_LINE_UNITS}: one line per code. The primary's quantity is the
 * sides of its joint level (1 or 2); the add-on line carries all remaining units of both sides,
 * with the modifiers of the sides it covers (coding-rules §4). Bilateral L4-L5 + L5-S1:
 * 64635-RT-LT ×2, 64636-RT-LT ×2.
 */
final class SingleLineUnitsLayout implements LineLayout {

  @Override
  public String primaryRule() {
    return "single-line-units: one primary line; quantity is the sides of its joint level"
        + " (coding-rules §4)";
  }

  @Override
  public String addOnRule() {
    return "single-line-units: one add-on line with all remaining units of both sides"
        + " (coding-rules §4)";
  }

  @Override
  public void layOut(UnitSet right, UnitSet left, boolean primaryAvailable, Lines out) {
    if (primaryAvailable && !(right.isEmpty() && left.isEmpty())) {
      UnitSet levels = right.and(left);
      if (!levels.isEmpty()) {
        UnitSet first = levels.first();
        out.primary(RIGHT_AND_LEFT, 2, SidedUnits.bilateral(first));
        right = right.minus(first);
        left = left.minus(first);
      } else if (SideLines.primaryOnRight(right, left)) {
        right = SideLines.primary(Laterality.RIGHT, right, out);
      } else {
        left = SideLines.primary(Laterality.LEFT, left, out);
      }
    }
    // Each line carries the sides of its own units: LT on a line with no left joint would claim
    // a side that was not treated (docs/decisions.md).
    if (!right.isEmpty() || !left.isEmpty()) {
      out.addOn(right.isEmpty() ? LEFT : left.isEmpty() ? RIGHT : RIGHT_AND_LEFT,
          right.size() + left.size(), SidedUnits.of(right, left, UnitSet.none(right.unit())));
    }
  }
}
