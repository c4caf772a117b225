package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.payer.BillingConvention;
import org.facetclaims.core.payer.LineLayout;

/**
 * The rules a line's rationale names, with their sources: what a unit counts (by edition), then
 * how the convention laid the line out. The lists are built once, so that coding allocates none.
 */
final class LineRules {
  static final String PER_JOINT = "one unit per facet joint per side; both nerves of a joint"
      + " count once (coding-rules §2, CMS A58350)";
  static final String PER_NERVE = "legacy edition: one unit per nerve per side; a nerve shared"
      + " by two joints counts once (coding-rules §2-3)";
  static final ImmutableList<String> UNLISTED = ImmutableList.of("one 64999 line, quantity 1,"
      + " per code family per session, sides in the description (coding-rules §2)");
  static final ImmutableList<String> IMAGING = ImmutableList.of("legacy edition: imaging"
      + " guidance reported separately, one unit per session (coding-rules §2)");

  /** [unit of service][convention][0: primary, 1: add-on]. */
  private static final ImmutableList<String>[][][] RULES = build();

  private LineRules() {}

  /** The rules of a primary line under {@code convention}, for units of {@code unit}. */
  static ImmutableList<String> primary(UnitOfService unit, BillingConvention convention) {
    return RULES[unit.ordinal()][convention.ordinal()][0];
  }

  /** The rules of an add-on line under {@code convention}, for units of {@code unit}. */
  static ImmutableList<String> addOn(UnitOfService unit, BillingConvention convention) {
    return RULES[unit.ordinal()][convention.ordinal()][1];
  }

  @SuppressWarnings("unchecked")
  private static ImmutableList<String>[][][] build() {
    UnitOfService[] units = UnitOfService.values();
    BillingConvention[] conventions = BillingConvention.values();
    ImmutableList<String>[][][] r = new ImmutableList[units.length][conventions.length][2];
    for (UnitOfService u : units) {
      String unitRule = u == UnitOfService.JOINT ? PER_JOINT : PER_NERVE;
      for (BillingConvention c : conventions) {
        LineLayout layout = c.layout();
        r[u.ordinal()][c.ordinal()][0] = ImmutableList.of(unitRule, layout.primaryRule());
        r[u.ordinal()][c.ordinal()][1] = ImmutableList.of(unitRule, layout.addOnRule());
      }
    }
    return r;
  }
}
