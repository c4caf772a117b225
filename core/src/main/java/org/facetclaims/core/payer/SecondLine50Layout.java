package org.facetclaims.core.payer;

import static org.facetclaims.core.payer.SideLines.BILATERAL;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;

/**
 * {@link BillingConvention#FIFTY_ON_SECOND_LINE}: a bilateral level is two lines of the same code,
 * the first without a side modifier (it covers the right side) and the second with 50 (the left
 * side); the add-on's further bilateral levels are one such pair with their count as quantity.
 * One-sided joints take RT or LT as under modifier 50. Priority Health: "If billing on a UB 04,
 * the bilateral procedure must be billed on two lines. The 50 modifier should only be put on the
 * second line"; Washington L&amp;I ASC rules alike (facility-claims spec §3.4, S17, S18).
 * Bilateral L4-L5 + L5-S1: 64635 ×1, 64635-50 ×1, 64636 ×1, 64636-50 ×1.
 */
final class SecondLine50Layout implements LineLayout {
  private static final ImmutableList<Modifier> PLAIN = ImmutableList.of();

  @Override
  public String primaryRule() {
    return "50-second-line: the first bilateral level is two primary lines, the second with 50"
        + " (else one joint of the side with more joints with RT or LT; facility-claims §3.4)";
  }

  @Override
  public String addOnRule() {
    return "50-second-line: further bilateral levels are two add-on lines, the second with 50;"
        + " one-sided joints RT or LT (facility-claims §3.4)";
  }

  @Override
  public boolean splitsBilateralIntoPlainAnd50Lines() {
    return true;
  }

  @Override
  public void layOut(UnitSet right, UnitSet left, boolean primaryAvailable, Lines out) {
    UnitSet levels = right.and(left);
    boolean oneSidedPrimary = primaryAvailable && levels.isEmpty();
    if (!levels.isEmpty()) {
      if (primaryAvailable) {
        UnitSet first = levels.first();
        out.primary(PLAIN, 1, SidedUnits.right(first));
        out.primary(BILATERAL, 1, SidedUnits.left(first));
        levels = levels.minus(first);
      }
      if (!levels.isEmpty()) {
        out.addOn(PLAIN, levels.size(), SidedUnits.right(levels));
        out.addOn(BILATERAL, levels.size(), SidedUnits.left(levels));
      }
    }
    SideLines.oneSided(right.minus(left), left.minus(right), oneSidedPrimary, out);
  }
}
