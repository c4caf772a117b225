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
  MODIFIER_50("modifier-50", new Modifier50Layout()),
  /** ASC facility claims and many commercial payers: each side on its own lines with RT or LT. */
  RT_LT_LINES("rt-lt-lines", new RtLtLinesLayout()),
  /** One line per code with all units, RT and LT together when both sides are present. */
  SINGLE_LINE_UNITS("single-line-units", new SingleLineUnitsLayout());

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
