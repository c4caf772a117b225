package org.facetclaims.core.payer;

import static org.facetclaims.core.payer.SideLines.BILATERAL;

import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;

/**
 * {@link BillingConvention#MODIFIER_50}: bilateral levels take modifier 50, one line per code
 * (the primary ×1, the add-on × the other levels); one-sided joints take RT or LT (coding-rules
 * §4). Bilateral L4-L5 + L5-S1: 64635-50 ×1, 64636-50 ×1.
 *
 * <p>{@link BillingConvention#MODIFIER_50_PER_LINE} is the same with one line per bilateral
 * level: the outpatient code editor returns a claim with more than one unit on a modifier-50
 * line (I/OCE edit 74; facility-claims spec R-HOPD-MOD-3), so three bilateral lumbar levels are
 * 64635-50 ×1, 64636-50 ×1, 64636-50 ×1.
 */
final class Modifier50Layout implements LineLayout {
  private final boolean levelPerLine;
  private final String name;

  /** @param levelPerLine each bilateral add-on level on its own line of quantity 1 */
  Modifier50Layout(boolean levelPerLine) {
    this.levelPerLine = levelPerLine;
    this.name = levelPerLine ? "modifier-50-per-line" : "modifier-50";
  }

  @Override
  public String primaryRule() {
    return name + ": the first bilateral level (else one joint of the side with more joints,"
        + " right on a tie) is the primary (coding-rules §4)";
  }

  @Override
  public String addOnRule() {
    return levelPerLine
        ? name + ": each further bilateral level on its own add-on line with 50 and quantity 1"
            + " (I/OCE edit 74, facility-claims R-HOPD-MOD-3), one-sided joints RT or LT"
        : name + ": further bilateral levels take 50, one-sided joints RT or LT, as add-on"
            + " units (coding-rules §4)";
  }

  @Override
  public void layOut(UnitSet right, UnitSet left, boolean primaryAvailable, Lines out) {
    UnitSet levels = right.and(left);
    boolean oneSidedPrimary = primaryAvailable && levels.isEmpty();
    if (!levels.isEmpty()) {
      if (primaryAvailable) {
        UnitSet first = levels.first();
        out.primary(BILATERAL, 1, SidedUnits.bilateral(first));
        levels = levels.minus(first);
      }
      if (levelPerLine) {
        while (!levels.isEmpty()) {
          UnitSet level = levels.first();
          out.addOn(BILATERAL, 1, SidedUnits.bilateral(level));
          levels = levels.minus(level);
        }
      } else if (!levels.isEmpty()) {
        out.addOn(BILATERAL, levels.size(), SidedUnits.bilateral(levels));
      }
    }
    SideLines.oneSided(right.minus(left), left.minus(right), oneSidedPrimary, out);
  }
}
