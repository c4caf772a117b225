package org.facetclaims.core.coverage;

import java.time.LocalDate;

/**
 * The repeat rule of a policy: a repeat RF at the same site is covered after relief of at least
 * {@link CoveragePolicy#repeatReliefPercent()} lasting at least {@link
 * CoveragePolicy#repeatReliefMonths()} months, or, where the policy has the 2024 text's
 * functional-improvement prong ({@link CoveragePolicy#repeatFunctionalImprovement()}), after
 * consistent improvement in previously painful movements and activities of daily living on the
 * same scale, a prong with no stated duration. One implementation for the coverage checks and the
 * claims audit.
 *
 * <p>From claims alone relief and function are unknown, so only the interval can be judged: a
 * repeat sooner than the relief duration cannot have met the relief prong. Under the 2021 text
 * that is a denial; under the 2024 text the functional prong may still be met, so it is a review
 * item ({@link #fromClaims}).
 */
public final class RepeatRule {
  /** What claims alone say about a repeat. */
  public enum FromClaims {
    /** Not sooner than the relief duration: nothing to say from claims. */
    NOT_TOO_SOON,
    /** Sooner, and the policy has no other prong: non-covered. */
    NOT_COVERED,
    /** Sooner, but the functional prong may be met: a review item, never a denial. */
    REVIEW
  }

  private RepeatRule() {}

  /** True when {@code date} is sooner after {@code last} than the relief duration. */
  public static boolean tooSoon(CoveragePolicy policy, LocalDate last, LocalDate date) {
    int months = policy.repeatReliefMonths();
    return months > 0 && date.isBefore(last.plusMonths(months));
  }

  /** True when the policy has the functional prong and the improvement documented meets it. */
  public static boolean functionalProngMet(CoveragePolicy policy, FunctionalImprovement fi) {
    return policy.repeatFunctionalImprovement() && fi != null && fi.satisfiesRepeatRule();
  }

  /** What the claims of a repeat on {@code date} after one on {@code last} show. */
  public static FromClaims fromClaims(CoveragePolicy policy, LocalDate last, LocalDate date) {
    if (!tooSoon(policy, last, date)) {
      return FromClaims.NOT_TOO_SOON;
    }
    return policy.repeatFunctionalImprovement() ? FromClaims.REVIEW : FromClaims.NOT_COVERED;
  }
}
