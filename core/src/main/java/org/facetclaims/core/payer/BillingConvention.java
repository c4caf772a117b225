package org.facetclaims.core.payer;

import java.util.Optional;

/**
 * How a payer wants bilateral and multi-joint facet destruction laid out in claim lines. The
 * codes and total units are the same under every convention; the lines differ.
 *
 * <p>Bilateral L4-L5 and L5-S1 on one day:
 * <ul>
 *   <li>{@link #MODIFIER_50}: 64635-50 ×1, 64636-50 ×1
 *   <li>{@link #RT_LT_LINES}: 64635-RT ×1, 64635-LT ×1, 64636-RT ×1, 64636-LT ×1
 *   <li>{@link #SINGLE_LINE_UNITS}: 64635-RT-LT ×2, 64636-RT-LT ×2
 *   <li>{@link #MODIFIER_50_PER_LINE}: 64635-50 ×1, 64636-50 ×1 (a third level: another
 *       64636-50 ×1)
 *   <li>{@link #FIFTY_ON_SECOND_LINE}: 64635 ×1, 64635-50 ×1, 64636 ×1, 64636-50 ×1
 * </ul>
 *
 * <p>Each convention is its {@link #layout() layout}: a new convention is one {@link LineLayout}
 * class and one constant here.
 */
public enum BillingConvention {
  /**
   * Medicare professional claims: a joint level treated on both sides is one line with modifier
   * 50 and quantity 1; one-sided joints take RT or LT.
   */
  MODIFIER_50("modifier-50", new Modifier50Layout(false)),
  /** ASC facility claims and many commercial payers: each side on its own lines with RT or LT. */
  RT_LT_LINES("rt-lt-lines", new RtLtLinesLayout()),
  /** One line per code with all units, RT and LT together when both sides are present. */
  SINGLE_LINE_UNITS("single-line-units", new SingleLineUnitsLayout()),
  /**
   * Hospital outpatient claims (OPPS): as {@link #MODIFIER_50}, with each bilateral level on its
   * own line of quantity 1, because the outpatient code editor returns a modifier-50 line with
   * more than one unit (facility-claims spec R-HOPD-MOD-2, -3).
   */
  MODIFIER_50_PER_LINE("modifier-50-per-line", new Modifier50Layout(true)),
  /**
   * Some commercial payers' facility (UB-04) claims: a bilateral level is two lines of the same
   * code, the first without a side modifier and the second with 50; one-sided joints take RT or
   * LT (facility-claims spec §3.4). Bilateral L4-L5 + L5-S1: 64635 ×1, 64635-50 ×1, 64636 ×1,
   * 64636-50 ×1.
   */
  FIFTY_ON_SECOND_LINE("50-second-line", new SecondLine50Layout());

  private final String id;
  private final LineLayout layout;

  BillingConvention(String id, LineLayout layout) {
    this.id = id;
    this.layout = layout;
  }

  /** The convention's stable name, for example {@code "modifier-50"}. */
  public String id() {
    return id;
  }

  /** How the convention lays a family's units out in lines. */
  public LineLayout layout() {
    return layout;
  }

  /** The convention with this name. */
  public static Optional<BillingConvention> fromId(String id) {
    for (BillingConvention c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
