package org.facetclaims.core.audit;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.audit.BeneficiaryRun.Region;
import org.facetclaims.core.audit.PolicyDirectory.Resolution;
import org.facetclaims.core.coverage.BlockSequence;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageRule;
import org.facetclaims.core.coverage.DiagnosisSupport;
import org.facetclaims.core.coverage.RollingWindows;

/**
 * The audit's diagnosis and diagnostic-block rules over one beneficiary: the coverage checks'
 * {@link DiagnosisSupport} on each line's diagnosis, and their {@link BlockSequence} (count,
 * spacing) and diagnostic-session limit on the KX blocks of the claims, in the audit's look-back.
 */
final class ClaimRules {
  /** A diagnostic block session of a region. */
  private record Block(LocalDate date, JointFamily family, boolean diagnostic) {}

  private final BeneficiaryRun run;
  private final LocalDate dataStart;
  private final Period lookBack;
  private final List<Block> blocks = new ArrayList<>();

  ClaimRules(BeneficiaryRun run, LocalDate dataStart, Period lookBack) {
    this.run = run;
    this.dataStart = dataStart;
    this.lookBack = lookBack;
  }

  /** A block line (lines come in date order); KX marks it diagnostic from the LCD's start. */
  void block(CarrierLine l, FacetCode c, Resolution policy) {
    blocks.add(new Block(l.dateOrNull(), c.family, l.has("KX") || policy.rules() == null));
  }

  /** FC-805, FC-806, FC-807 on the region's lines. */
  void diagnoses(Region r) {
    CoveragePolicy rules = r.session.rules();
    for (int i : r.lines) {
      CarrierLine l = run.in.get(i);
      if (l.diagnoses().isEmpty()) {
        run.flags.flag(i, FindingCode.AUDIT_DIAGNOSIS_MISSING, source(r), "Line " + l.row()
            + " carries no diagnosis; the covered-diagnosis rule is not judged.", 0);
        continue;
      }
      List<String> normalized = l.diagnoses().size() == 1
          ? List.of(CoveragePolicy.normalizeIcd(l.diagnoses().get(0))) : normalize(l);
      DiagnosisSupport.Verdict v = DiagnosisSupport.judge(rules, normalized,
          BeneficiaryRun.regions(r.family, run.codes[i].family), r.session.date);
      if (v == DiagnosisSupport.Verdict.SUPPORTED) {
        continue;
      }
      String source = source(r);
      String dxs = String.join(", ", l.diagnoses());
      List<String> radic = DiagnosisSupport.radiculopathy(rules, normalized,
          v == DiagnosisSupport.Verdict.NOT_COVERED ? null : r.family);
      String conflict = radic.isEmpty() ? "" : " " + String.join(", ", radic) + " names"
          + " radiculopathy or myelopathy, which conflicts with the LCD's absence of untreated"
          + " radiculopathy.";
      if (v == DiagnosisSupport.Verdict.OTHER_REGION) {
        run.flags.flag(i, FindingCode.AUDIT_DIAGNOSIS_OTHER_REGION, source, "Diagnosis " + dxs
            + " is covered for another region than this " + r.family.label() + " line; review."
            + conflict, 0);
      } else {
        run.flags.flag(i, FindingCode.AUDIT_DIAGNOSIS_NOT_COVERED, source, "Diagnosis " + dxs
            + " is not on the covered list valid on " + r.session.date + "; every unit of "
            + l.hcpcs() + " is counted." + conflict, l.units());
      }
    }
  }

  private static List<String> normalize(CarrierLine l) {
    List<String> n = new ArrayList<>(l.diagnoses().size());
    for (String dx : l.diagnoses()) {
      n.add(CoveragePolicy.normalizeIcd(dx));
    }
    return n;
  }

  private static String source(Region r) {
    return r.session.rules().source(CoverageRule.DIAGNOSES) + "; applied to "
        + r.session.applied().describe();
  }

  /** FC-809 or FC-810 when an initial RF has too few qualifying blocks in the look-back. */
  void blocks(Region r) {
    CoveragePolicy rules = r.session.rules();
    BlockSequence counted = new BlockSequence(rules);
    if (counted.required() <= 0) {
      return;
    }
    LocalDate rf = r.session.date;
    LocalDate from = rf.minus(lookBack);
    TreeSet<LocalDate> all = new TreeSet<>();
    for (Block b : blocks) {
      if (b.family == r.family && b.diagnostic && b.date.isBefore(rf)) {
        all.add(b.date);
      }
    }
    int max = rules.maxDiagnosticSessionsPerWindow();
    // Sessions beyond the limit cannot exist unless there are more than the limit.
    Set<LocalDate> over = max <= 0 || all.size() <= max ? Set.of()
        : Set.copyOf(RollingWindows.overLimit(all, max, rules.diagnosticSessionWindow()));
    Set<LocalDate> seen = all.tailSet(from, true);
    for (LocalDate d : seen) {
      if (!over.contains(d)) {
        counted.offer(d, false);
      }
    }
    if (counted.met()) {
      return;
    }
    String shown = seen.isEmpty() ? "none" : BeneficiaryRun.dates(seen);
    int first = r.lines.get(0);
    if (dataStart == null || from.isBefore(dataStart)) {
      run.flags.flag(first, FindingCode.AUDIT_HISTORY_UNKNOWN, "audit: unknown history",
          "Initial " + r.family.label() + " RF on " + rf + ": its block look-back from " + from
          + " reaches before the first date in the data (" + dataStart + "); diagnostic"
          + " blocks seen: " + shown + ".", 0);
      return;
    }
    String spacing = rules.diagnosticBlockSpacing().map(p -> ", the second at least "
        + p.getDays() + " days after the first").orElse("");
    String limit = over.isEmpty() ? "" : "; beyond " + rules.maxDiagnosticSessionsPerWindow()
        + " diagnostic sessions in " + rules.diagnosticSessionWindow().toTotalMonths()
        + " months, not counted: " + BeneficiaryRun.dates(new TreeSet<>(over));
    run.flags.flag(first, FindingCode.AUDIT_BLOCKS_NOT_SEEN, BeneficiaryRun.source(r.session,
        CoverageRule.DIAGNOSTIC_BLOCKS), "Initial " + r.family.label() + " RF on " + rf
        + ": fewer than " + counted.required() + " qualifying diagnostic block sessions of the"
        + " region from " + from + " (seen: " + shown + "; KX marks a diagnostic block"
        + spacing + limit + "). Review the records; not a denial.", 0);
  }
}
