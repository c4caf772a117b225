package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.facetclaims.core.anatomy.JointFamily;

/**
 * Whether diagnoses support a facet line under a policy: a diagnosis supports it when it is on
 * the policy's covered list for one of the line's regions and valid on the date by its ICD-10-CM
 * fiscal year. No covered diagnosis at all makes the line non-covered; covered diagnoses of
 * another region only are a review item; radiculopathy or myelopathy codes of the region
 * conflict with the LCD's "absence of untreated radiculopathy" (the 2024 text). One
 * implementation for the coverage checks (the session's diagnoses) and the claims audit (the
 * line's diagnosis). Codes are given normalized ({@link CoveragePolicy#normalizeIcd}).
 */
public final class DiagnosisSupport {
  /** The verdict for a line. */
  public enum Verdict {
    /** A covered diagnosis, valid on the date, names one of the line's regions. */
    SUPPORTED,
    /** Covered diagnoses name only other regions (review). */
    OTHER_REGION,
    /** No covered diagnosis valid on the date: non-covered. */
    NOT_COVERED
  }

  private DiagnosisSupport() {}

  /** The verdict for a line of {@code regions} with these diagnoses on {@code date}. */
  public static Verdict judge(CoveragePolicy policy, List<String> normalized,
      Set<JointFamily> regions, LocalDate date) {
    boolean covered = false;
    for (String n : normalized) {
      ImmutableSet<JointFamily> r = policy.regionsOfNormalized(n);
      if (r != null && policy.isNormalizedDiagnosisValid(n, date)) {
        covered = true;
        for (JointFamily f : regions) {
          if (r.contains(f)) {
            return Verdict.SUPPORTED;
          }
        }
      }
    }
    return covered ? Verdict.OTHER_REGION : Verdict.NOT_COVERED;
  }

  /**
   * The radiculopathy or myelopathy codes among the diagnoses (display form) that name {@code
   * region}, or any region when it is null; empty when the policy does not judge them.
   */
  public static ImmutableList<String> radiculopathy(CoveragePolicy policy,
      List<String> normalized, JointFamily region) {
    if (policy.radiculopathyDiagnoses().isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (String n : normalized) {
      Set<JointFamily> r = policy.radiculopathyDiagnoses().get(n);
      if (r != null && (region == null || r.contains(region))) {
        b.add(CoveragePolicy.displayIcd(n));
      }
    }
    return b.build();
  }
}
