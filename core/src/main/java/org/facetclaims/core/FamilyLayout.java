package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;
import org.facetclaims.core.payer.LineLayout;

/**
 * Lays out one code family's units: the convention's {@link LineLayout} for the units with a
 * side, then the units without a documented side, which never pair and take the primary only
 * when no unit of the family has a side, under every convention (coding-rules §4).
 *
 * <p>Units that a coverage rule finds not covered can be laid out by a second call with the
 * primary no longer available (when the first call used it), on lines of their own that a
 * coverage modifier can then mark alone.
 */
final class FamilyLayout {
  private static final ImmutableList<Modifier> NO_MODIFIERS = ImmutableList.of();

  private FamilyLayout() {}

  /**
   * Lays out {@code units} (one family's) under {@code layout} into {@code out}.
   *
   * @param primaryAvailable whether a line may use the family's primary code
   */
  static void layOut(LineLayout layout, SidedUnits units, boolean primaryAvailable,
      LineLayout.Lines out) {
    if (units.hasSidedUnits()) {
      layout.layOut(units.right(), units.left(), primaryAvailable, out);
    }
    UnitSet unsided = units.unsided();
    if (unsided.isEmpty()) {
      return;
    }
    if (primaryAvailable && !units.hasSidedUnits()) {
      UnitSet first = unsided.first();
      out.primary(NO_MODIFIERS, 1, SidedUnits.unsided(first));
      unsided = unsided.minus(first);
    }
    if (!unsided.isEmpty()) {
      out.addOn(NO_MODIFIERS, unsided.size(), SidedUnits.unsided(unsided));
    }
  }
}
