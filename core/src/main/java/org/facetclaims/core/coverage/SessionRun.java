package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.Modifier;

/** One coverage check of one session: the rules in order, then the assessment. */
final class SessionRun extends HistoryChecks {
  SessionRun(CoveragePolicy policy, String beforePolicyTail, CoverageSession session,
      CoverageContext context) {
    super(policy, beforePolicyTail, session, context);
  }

  void check() {
    if (byFamily.isEmpty()) {
      return;
    }
    if (dos.isBefore(policy.effectiveFrom())) {
      add(Finding.of(FindingCode.COVERAGE_POLICY_NOT_MODELLED, "The date of service "
          .concat(dos.toString()).concat(beforePolicyTail)), CoverageRule.EFFECTIVE_DATE);
      return;
    }
    checkHistoryInput();
    checkThoracolumbarJunction();
    checkTechnique();
    checkRegions();
    checkLevels();
    checkDiagnoses();
    checkPriorAuthorization();
    checkSedation();
    checkHistory();
  }

  CoverageAssessment finish() {
    ImmutableList.Builder<ImmutableList<Modifier>> appended = ImmutableList.builder();
    LineCoverage[] decided = new LineCoverage[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (nonCovered[i] == 0) {
        appended.add(ImmutableList.of());
        continue;
      }
      CoverageLine l = lines.get(i);
      boolean whole = nonCovered[i] >= l.units();
      boolean wanted = session.coverageModifiers();
      boolean hasCoverageModifier = wanted
          && (l.has(Modifier.ABN_ON_FILE) || l.has(Modifier.NO_ABN));
      CoverageModifiers.Decision d = !wanted || !whole ? CoverageModifiers.Decision.none()
          : CoverageModifiers.decide(hasCoverageModifier, l.notation(), true, context.abn(),
              true);
      appended.add(d.append());
      int line = i;
      d.finding().ifPresent(f -> add(f.onLines(List.of(line)), CoverageRule.COVERAGE_MODIFIERS));
      ImmutableList<Modifier> partModifiers = d.append();
      if (!whole) {
        String part = CoverageLine.notation(l.code(), l.modifiers(), nonCovered[i]);
        CoverageModifiers.Decision p = CoverageModifiers.decide(hasCoverageModifier,
            part + " (the non-covered units of " + l.notation() + ")", true, context.abn(),
            wanted);
        partModifiers = p.append();
        p.finding().ifPresent(f -> add(f.onLines(List.of(line)),
            CoverageRule.COVERAGE_MODIFIERS));
      }
      decided[i] = new LineCoverage(i, l.units(), Math.min(nonCovered[i], l.units()),
          whole ? allSites(i) : sites[i] == null ? ImmutableList.of()
              : ImmutableList.copyOf(sites[i]),
          reasons[i] == null ? ImmutableList.of() : ImmutableList.copyOf(reasons[i]),
          rationale(i, whole), partModifiers, ImmutableList.of());
    }
    List<Finding> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(Finding::severity));
    JointFamily[] regionOfLine = new JointFamily[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      regionOfLine[i] = regionOf(i);
    }
    return new CoverageAssessment(session, policy, ImmutableList.copyOf(sorted),
        appended.build(), decided, regionOfLine, context.diagnoses());
  }

  /** Every joint of a line in words ("L4-L5 both sides"); empty when it does not say. */
  ImmutableList<String> allSites(int i) {
    CoverageLine l = lines.get(i);
    if (!l.jointsKnown() || l.kind() == LineKind.UNLISTED) {
      return ImmutableList.of();
    }
    List<String> w = new ArrayList<>();
    for (Unit u : jointUnits(i)) {
      w.add(side(u.sides()) + u.joint().notation());
    }
    return ImmutableList.copyOf(merge(w));
  }

  String rationale(int i, boolean whole) {
    if (nonCovered[i] == 0) {
      return "";
    }
    if (!whole && partRationale[i] != null) {
      return partRationale[i];
    }
    List<String> why = new ArrayList<>();
    for (FindingCode c : reasons[i]) {
      why.add(c.id() + " " + c.title().toLowerCase(Locale.ROOT));
    }
    return "Expected to be denied (" + policy.name() + "): " + String.join("; ", why) + ".";
  }

}
