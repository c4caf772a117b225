package org.facetclaims.core.coverage;

import java.util.Objects;
import java.util.Optional;

/**
 * What the record says about function after an RF session: a baseline and a follow-up on a
 * {@link FunctionalScale} (ODI, Roland-Morris, PROMIS ...), or a documented statement ("able to
 * perform ADLs previously limited by pain, compared with baseline on the same scale"). The 2024
 * LCD text covers a repeat RF after "consistent improvement in the ability to perform previously
 * painful movements and ADLs as compared to baseline measurement using the SAME scale"; it gives
 * no threshold, so any improvement on the same scale counts. Immutable.
 *
 * <pre>{@code
 * FunctionalImprovement f = FunctionalImprovement.measured(FunctionalScale.ODI, 46, 22);
 * f.satisfiesRepeatRule();   // true
 * }</pre>
 */
public final class FunctionalImprovement {
  private final FunctionalScale baselineScale;
  private final FunctionalScale followUpScale;
  private final double baseline;
  private final double followUp;
  private final boolean measured;
  private final boolean improved;
  private final boolean sameScale;
  private final String statement;
  private final String problem;

  private FunctionalImprovement(FunctionalScale baselineScale, FunctionalScale followUpScale,
      double baseline, double followUp, boolean measured, boolean improved, boolean sameScale,
      String statement, String problem) {
    this.baselineScale = baselineScale;
    this.followUpScale = followUpScale;
    this.baseline = baseline;
    this.followUp = followUp;
    this.measured = measured;
    this.improved = improved;
    this.sameScale = sameScale;
    this.statement = statement;
    this.problem = problem;
  }

  /** A baseline and a follow-up score on the same scale. */
  public static FunctionalImprovement measured(FunctionalScale scale, double baseline,
      double followUp) {
    return measured(scale, baseline, scale, followUp);
  }

  /**
   * A baseline and a follow-up score, each on its own scale. Scores outside their scale's range
   * are kept as a {@link #problem()}, and the measurement then satisfies nothing; different
   * scales satisfy nothing either (the LCD asks for the same scale).
   */
  public static FunctionalImprovement measured(FunctionalScale baselineScale, double baseline,
      FunctionalScale followUpScale, double followUp) {
    Objects.requireNonNull(baselineScale, "baselineScale");
    Objects.requireNonNull(followUpScale, "followUpScale");
    String problem = null;
    if (!baselineScale.inRange(baseline) || Double.isNaN(baseline)) {
      problem = "baseline " + format(baseline) + " is outside the " + baselineScale
          + " range " + format(baselineScale.min()) + "-" + format(baselineScale.max());
    } else if (!followUpScale.inRange(followUp) || Double.isNaN(followUp)) {
      problem = "follow-up " + format(followUp) + " is outside the " + followUpScale
          + " range " + format(followUpScale.min()) + "-" + format(followUpScale.max());
    }
    boolean same = baselineScale.equals(followUpScale);
    boolean improved = problem == null && same && baselineScale.isImprovement(baseline, followUp);
    return new FunctionalImprovement(baselineScale, followUpScale, baseline, followUp, true,
        improved, same, null, problem);
  }

  /**
   * A documented statement: whether function improved compared with the baseline, and whether
   * the record says the same scale was used.
   */
  public static FunctionalImprovement documented(boolean improved, boolean sameScale,
      String statement) {
    return new FunctionalImprovement(null, null, Double.NaN, Double.NaN, false, improved,
        sameScale, statement, null);
  }

  /** True when function improved against the baseline on the same scale, as the LCD asks. */
  public boolean satisfiesRepeatRule() {
    return improved && sameScale && problem == null;
  }

  /** True when the record says function improved (on whatever scale). */
  public boolean improved() {
    return improved;
  }

  /** True when baseline and follow-up use the same scale. */
  public boolean sameScale() {
    return sameScale;
  }

  /** What makes the documented values unusable (a score out of range), if anything. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The statement, for a documented (not measured) improvement. */
  public Optional<String> statement() {
    return Optional.ofNullable(statement);
  }

  /** "ODI 46 to 22 (improved)", "Roland-Morris 12 then ODI 30 (different scales)". */
  public String describe() {
    if (!measured) {
      return (improved ? "documented functional improvement" : "no functional improvement"
          + " documented") + (sameScale ? " on the same scale" : " (scale not the same)")
          + (statement == null ? "" : ": \"" + statement + "\"");
    }
    if (problem != null) {
      return baselineScale + " " + problem;
    }
    if (!sameScale) {
      return baselineScale + " " + format(baseline) + " then " + followUpScale + " "
          + format(followUp) + " (different scales)";
    }
    return baselineScale + " " + format(baseline) + " to " + format(followUp)
        + (improved ? " (improved)" : " (not improved)");
  }

  private static String format(double d) {
    return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d)
        : Double.toString(d);
  }

  @Override
  public String toString() {
    return describe();
  }
}
