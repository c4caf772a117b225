package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.anatomy.JointFamily;

/**
 * Checks a session against a {@link CoveragePolicy} and adds findings; it never changes a code,
 * a quantity or a modifier (the GA or GZ to append, when the profile asks, and the units of a
 * line expected to be denied are returned beside the lines by {@link #assess}). Immutable and
 * thread-safe: build one and share it.
 *
 * <p>What the session treated comes from a {@link CoverageSession}: the engine's result ({@link
 * #assess(CodingResult, CoverageContext)}, with each line's joints and the technique and
 * guidance of the procedures it codes) or claim lines alone ({@link #assess(CoverageSession,
 * CoverageContext)}, where levels are counted from units). What happened before comes from the
 * {@link CoverageContext}'s {@link PatientHistory}; when it is unknown the history rules give
 * one information finding and nothing else, never a denial.
 *
 * <p>Which rules apply is the policy's data: the 2021 policy ({@link #standard()}) warns about a
 * third level; a 2024 text makes the units beyond two levels non-covered, limits a session to one
 * region, accepts functional improvement for a repeat RF, and adds the block spacing, the
 * diagnostic-session limit, the two-year re-diagnosis warning, the radiculopathy rule and the
 * same-day sedation review. {@code org.facetclaims.core.medicare.MedicareCoverage} chooses the
 * policy by contractor and date of service.
 *
 * <pre>{@code
 * List<Finding> f = CoverageChecker.standard().check(result, CoverageContext.builder()
 *     .history(history).diagnosis("M47.816").build());
 * }</pre>
 */
public final class CoverageChecker {
  private static final CoverageChecker STANDARD = new CoverageChecker(
      CoveragePolicy.medicareLcd2021());

  private final CoveragePolicy policy;
  /** The fixed part of FC-601, built once: most sessions of an older export get it. */
  private final String beforePolicyTail;

  private CoverageChecker(CoveragePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.beforePolicyTail = " is before " + policy.effectiveFrom() + ", when the modelled policy ("
        + policy.name() + ") took effect; older policies are not modelled, so coverage was"
        + " not checked.";
  }

  /** A checker of {@link CoveragePolicy#medicareLcd2021()}. */
  public static CoverageChecker standard() {
    return STANDARD;
  }

  /** A checker of the given policy. */
  public static CoverageChecker of(CoveragePolicy policy) {
    return new CoverageChecker(policy);
  }

  /** The policy checked. */
  public CoveragePolicy policy() {
    return policy;
  }

  /**
   * The coverage findings for a coded session: warnings for what is expected to be denied or
   * needs attention, information for what could not be judged. Same as {@code
   * assess(result, context).findings()}.
   */
  public List<Finding> check(CodingResult result, CoverageContext context) {
    return assess(result, context).findings();
  }

  /**
   * The findings, the lines (and units) expected to be denied and the coverage modifiers to
   * append, for a session the engine coded.
   *
   * @throws NullPointerException when result or context is null
   */
  public CoverageAssessment assess(CodingResult result, CoverageContext context) {
    Objects.requireNonNull(result, "result");
    return assess(CoverageSession.of(result), context);
  }

  /**
   * The same for a session read from claim lines (or built by the caller).
   *
   * @throws NullPointerException when session or context is null
   */
  public CoverageAssessment assess(CoverageSession session, CoverageContext context) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(context, "context");
    SessionRun run = new SessionRun(policy, beforePolicyTail, session, context);
    run.check();
    return run.finish();
  }

  /**
   * The positions of {@code diagnoses} that the policy covers for {@code region} on {@code date}
   * (valid in the fiscal year), in order.
   */
  static ImmutableList<Integer> diagnosisPointers(CoveragePolicy policy, List<String> diagnoses,
      JointFamily region, LocalDate date) {
    if (region == null || diagnoses.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Integer> b = ImmutableList.builder();
    for (int k = 0; k < diagnoses.size(); k++) {
      String n = CoveragePolicy.normalizeIcd(diagnoses.get(k));
      Set<JointFamily> r = policy.regionsOfNormalized(n);
      if (r != null && r.contains(region) && policy.isNormalizedDiagnosisValid(n, date)) {
        b.add(k);
      }
    }
    return b.build();
  }
}
