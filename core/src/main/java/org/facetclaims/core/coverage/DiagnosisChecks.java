package org.facetclaims.core.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.JointFamily;

/**
 * The covered-diagnosis rule with fiscal-year validity and the radiculopathy rule, through {@link
 * DiagnosisSupport}, and the region each line is judged in.
 */
abstract class DiagnosisChecks extends LevelChecks {
  DiagnosisChecks(CoveragePolicy policy, String beforePolicyTail, CoverageSession session,
      CoverageContext context) {
    super(policy, beforePolicyTail, session, context);
  }

  // ---- diagnoses ----

  /** The context's diagnoses without dot and spaces, upper case, normalized once. */
  List<String> normalized;

  List<String> normalized() {
    if (normalized == null) {
      List<String> n = new ArrayList<>(context.diagnoses().size());
      for (String d : context.diagnoses()) {
        n.add(CoveragePolicy.normalizeIcd(d));
      }
      normalized = n;
    }
    return normalized;
  }

  /** The covered diagnoses valid on the date, by display form, with their regions. */
  Map<String, Set<JointFamily>> coveredDiagnoses() {
    Map<String, Set<JointFamily>> covered = new LinkedHashMap<>();
    for (String n : normalized()) {
      Set<JointFamily> r = policy.regionsOfNormalized(n);
      if (r != null && policy.isNormalizedDiagnosisValid(n, dos)) {
        covered.put(CoveragePolicy.displayIcd(n), r);
      }
    }
    return covered;
  }

  void checkDiagnoses() {
    if (policy.coveredDiagnoses().isEmpty()) {
      return;
    }
    if (context.diagnoses().isEmpty()) {
      add(Finding.of(FindingCode.COVERAGE_DIAGNOSIS_NOT_SUPPLIED, "No ICD-10-CM diagnosis was"
          + " supplied with the session; the covered-diagnosis list was not checked."),
          CoverageRule.DIAGNOSES);
      return;
    }
    if (!policy.diagnosisValidity().isEmpty()) {
      for (String n : normalized()) {
        if (policy.regionsOfNormalized(n) != null
            && !policy.isNormalizedDiagnosisValid(n, dos)) {
          add(Finding.of(FindingCode.COVERAGE_DIAGNOSIS_NOT_VALID, CoveragePolicy.displayIcd(n)
              + " is not valid on " + dos + " (valid " + policy.diagnosisValidity().get(n)
              + ", by ICD-10-CM fiscal year); it does not count as a covered diagnosis."),
              CoverageRule.DIAGNOSES);
        }
      }
    }
    Map<String, Set<JointFamily>> covered = coveredDiagnoses();
    List<String> radiculopathy = DiagnosisSupport.radiculopathy(policy, normalized(), null);
    JointFamily any = byFamily.keySet().iterator().next();
    if (DiagnosisSupport.judge(policy, normalized(), Set.of(any), dos)
        == DiagnosisSupport.Verdict.NOT_COVERED) {
      List<Integer> all = allFacetLines();
      mark(all, FindingCode.COVERAGE_DIAGNOSIS_NOT_COVERED);
      add(Finding.of(FindingCode.COVERAGE_DIAGNOSIS_NOT_COVERED, "None of the diagnoses "
          + displayAll(context.diagnoses()) + " is on the covered list; "
          + notations(all) + " expected to be denied." + (radiculopathy.isEmpty() ? ""
          : " " + String.join(", ", radiculopathy) + (radiculopathy.size() == 1
          ? " is a radiculopathy or myelopathy code" : " are radiculopathy or myelopathy"
          + " codes") + ", which conflict with the LCD's absence of untreated"
          + " radiculopathy.")), CoverageRule.DIAGNOSES);
      return;
    }
    for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
      if (denied.contains(e.getKey())) {
        continue;
      }
      if (DiagnosisSupport.judge(policy, normalized(), Set.of(e.getKey()), dos)
          == DiagnosisSupport.Verdict.OTHER_REGION) {
        add(Finding.of(FindingCode.COVERAGE_DIAGNOSIS_REGION_MISMATCH, "The covered diagnoses "
            + String.join(", ", covered.keySet()) + " name another region than the "
            + e.getKey().label() + " lines " + notations(e.getValue()) + "."),
            CoverageRule.DIAGNOSES);
        List<String> radic = DiagnosisSupport.radiculopathy(policy, normalized(), e.getKey());
        if (!radic.isEmpty()) {
          add(Finding.of(FindingCode.COVERAGE_RADICULOPATHY, "The only diagnoses naming the "
              + e.getKey().label() + " region of " + lineList(e.getValue()) + " are "
              + String.join(", ", radic) + " (radiculopathy or myelopathy); the LCD requires"
              + " the absence of untreated radiculopathy."), CoverageRule.RADICULOPATHY);
        }
      }
    }
  }

  /** The region each line is judged in (after the thoracolumbar rule), made on first use. */
  JointFamily[] regions;

  JointFamily regionOf(int line) {
    if (regions == null) {
      regions = new JointFamily[lines.size()];
      for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
        for (int i : e.getValue()) {
          regions[i] = e.getKey();
        }
      }
    }
    return regions[line];
  }

}
