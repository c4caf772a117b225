package org.facetclaims.core.payer;

import static org.facetclaims.core.payer.SideModifiers.BILATERAL;
import static org.facetclaims.core.payer.SideModifiers.LEFT;
import static org.facetclaims.core.payer.SideModifiers.RIGHT;

import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;

/**
 * {@link BillingConvention#MODIFIER_50}: bilateral levels take modifier 50, one line per code
 * (the primary ×1, the add-on × the other levels); one-sided joints take RT or LT (coding-rules
 * §4). Bilateral L4-L5 + L5-S1: 64635-50 ×1, 64636-50 ×1.
 */
final class Modifier50Layout implements LineLayout {

  @Override
  public String primaryRule() {
    return "modifier-50: the first bilateral level (else one joint of the side with more joints,"
        + " right on a tie) is the primary (coding-rules §4)";
  }

  @Override
  public String addOnRule() {
    return "modifier-50: further bilateral levels take 50, one-sided joints RT or LT, as add-on"
        + " units (coding-rules §4)";
  }

  @Override
  public void layOut(UnitSet right, UnitSet left, boolean primaryAvailable, Lines out) {
    UnitSet levels = right.and(left);
    UnitSet rightOnly = right.minus(left);
    UnitSet leftOnly = left.minus(right);
    if (!levels.isEmpty()) {
      if (primaryAvailable) {
        UnitSet first = levels.first();
        out.primary(BILATERAL, 1, SidedUnits.bilateral(first));
        levels = levels.minus(first);
      }
      if (!levels.isEmpty()) {
        out.addOn(BILATERAL, levels.size(), SidedUnits.bilateral(levels));
      }
    } else if (primaryAvailable && !(right.isEmpty() && left.isEmpty())) {
      if (SideModifiers.primaryOnRight(right, left)) {
        UnitSet first = rightOnly.first();
        out.primary(RIGHT, 1, SidedUnits.right(first));
        rightOnly = rightOnly.minus(first);
      } else {
        UnitSet first = leftOnly.first();
        out.primary(LEFT, 1, SidedUnits.left(first));
        leftOnly = leftOnly.minus(first);
      }
    }
    if (!rightOnly.isEmpty()) {
      out.addOn(RIGHT, rightOnly.size(), SidedUnits.right(rightOnly));
    }
    if (!leftOnly.isEmpty()) {
      out.addOn(LEFT, leftOnly.size(), SidedUnits.left(leftOnly));
    }
  }
}
