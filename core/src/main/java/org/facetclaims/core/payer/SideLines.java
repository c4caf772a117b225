package org.facetclaims.core.payer;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;

/** What the layouts share: side modifiers, and the lines of the units of one side. */
final class SideLines {
  static final ImmutableList<Modifier> BILATERAL = ImmutableList.of(Modifier.BILATERAL);
  static final ImmutableList<Modifier> RIGHT = ImmutableList.of(Modifier.RIGHT);
  static final ImmutableList<Modifier> LEFT = ImmutableList.of(Modifier.LEFT);
  static final ImmutableList<Modifier> RIGHT_AND_LEFT =
      ImmutableList.of(Modifier.RIGHT, Modifier.LEFT);

  private SideLines() {}

  /**
   * With no bilateral level, the primary covers a joint of the side with more joints, the right
   * on a tie (coding-rules §4).
   */
  static boolean primaryOnRight(UnitSet right, UnitSet left) {
    return right.size() >= left.size();
  }

  /**
   * The first unit of {@code units} (on the right or the left) as a primary ×1 with the side's
   * modifier; gives back the side's other units.
   */
  static UnitSet primary(Laterality side, UnitSet units, LineLayout.Lines out) {
    UnitSet first = units.first();
    if (side == Laterality.RIGHT) {
      out.primary(RIGHT, 1, SidedUnits.right(first));
    } else {
      out.primary(LEFT, 1, SidedUnits.left(first));
    }
    return units.minus(first);
  }

  /** The units of one side (the right or the left), if any, as one add-on line with its modifier. */
  static void addOn(Laterality side, UnitSet units, LineLayout.Lines out) {
    if (units.isEmpty()) {
      return;
    }
    if (side == Laterality.RIGHT) {
      out.addOn(RIGHT, units.size(), SidedUnits.right(units));
    } else {
      out.addOn(LEFT, units.size(), SidedUnits.left(units));
    }
  }

  /**
   * The joints treated on one side only, with RT or LT: when {@code primary} (no bilateral level
   * and the primary available), the primary covers one joint of the side with more joints, the
   * right on a tie; the rest of each side is one add-on line with its modifier (coding-rules §4).
   */
  static void oneSided(UnitSet rightOnly, UnitSet leftOnly, boolean primary,
      LineLayout.Lines out) {
    if (primary && !(rightOnly.isEmpty() && leftOnly.isEmpty())) {
      if (primaryOnRight(rightOnly, leftOnly)) {
        rightOnly = primary(Laterality.RIGHT, rightOnly, out);
      } else {
        leftOnly = primary(Laterality.LEFT, leftOnly, out);
      }
    }
    addOn(Laterality.RIGHT, rightOnly, out);
    addOn(Laterality.LEFT, leftOnly, out);
  }
}
