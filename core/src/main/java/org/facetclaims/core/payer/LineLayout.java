package org.facetclaims.core.payer;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitSet;

/**
 * How one {@link BillingConvention} lays the units of one code family out in claim lines: which
 * units the primary code covers, how the add-on units are grouped, and which side modifiers and
 * quantities each line takes. The codes themselves (which primary and add-on, by edition and
 * family) and the units are the engine's; a layout only arranges them, so the codes and the
 * total units are the same under every convention.
 *
 * <p>A layout sees the units that carry a side. Units without a documented side are laid out
 * the same way under every convention (coding-rules §4: the primary only when no unit of the
 * family has a side, otherwise add-on units without a side modifier), by the engine.
 *
 * <p>A new convention is one class implementing this interface and one {@link BillingConvention}
 * constant naming it. Implementations are stateless and thread-safe.
 */
public interface LineLayout {
  /** The rule a primary line's rationale names, with its source. */
  String primaryRule();

  /** The rule an add-on line's rationale names, with its source. */
  String addOnRule();

  /**
   * Lays out one family's units that carry a side.
   *
   * @param right the family's units on the right
   * @param left the family's units on the left; a unit in both is a bilateral level
   * @param primaryAvailable whether a line may use the family's primary code; false when it is
   *     already used or not allowed (a payer option), and then every unit is an add-on unit
   * @param out receives the lines in claim order
   */
  void layOut(UnitSet right, UnitSet left, boolean primaryAvailable, Lines out);

  /**
   * True when this layout writes a bilateral level as a <em>pair</em> of lines of one code: the
   * first without a side modifier, covering the level's right side, and the next with modifier 50,
   * covering its left side, the same units and quantity (the "50 on the second line" of some
   * payers' UB-04 claims). Read together, the pair is one bilateral line: 50, quantity the levels,
   * both sides. Every other line of every layout names exactly the sides it covers; only such a
   * pair splits them, which is why callers that check modifiers against sides read the pair as
   * one line. False for every layout but {@link BillingConvention#FIFTY_ON_SECOND_LINE}.
   */
  default boolean splitsBilateralIntoPlainAnd50Lines() {
    return false;
  }

  /** Receives the lines a layout makes, in claim order. */
  interface Lines {
    /** A line of the family's primary code, covering {@code covers}. */
    void primary(ImmutableList<Modifier> modifiers, int quantity, SidedUnits covers);

    /** A line of the family's add-on code, covering {@code covers}. */
    void addOn(ImmutableList<Modifier> modifiers, int quantity, SidedUnits covers);
  }
}
