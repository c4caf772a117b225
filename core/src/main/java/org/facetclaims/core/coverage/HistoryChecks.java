package org.facetclaims.core.coverage;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;

/**
 * The rules that need the patient's history: RF sessions per region per rolling window, the
 * repeat rule ({@link RepeatRule}), the two-year re-diagnosis warning, and the diagnostic blocks
 * before an initial RF ({@link BlockSequence}, the diagnostic-session limit).
 */
abstract class HistoryChecks extends AuthorizationChecks {
  HistoryChecks(CoveragePolicy policy, String beforePolicyTail, CoverageSession session,
      CoverageContext context) {
    super(policy, beforePolicyTail, session, context);
  }

  // ---- history ----

  void checkHistory() {
    PatientHistory h = context.history();
    if (!h.isKnown()) {
      add(Finding.of(FindingCode.COVERAGE_HISTORY_INCOMPLETE, "No patient history was"
          + " supplied: the limit of " + policy.maxSessionsPerWindow() + " RF sessions per "
          + policy.sessionWindow().toTotalMonths() + " months, the diagnostic blocks before an"
          + " initial RF and the relief after an earlier RF were not checked."),
          CoverageRule.SESSIONS_PER_WINDOW);
      return;
    }
    for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
      JointFamily f = e.getKey();
      if (denied.contains(f)) {
        continue;
      }
      List<Integer> idx = e.getValue();
      List<PriorRfSession> earlier = new ArrayList<>();
      for (PriorRfSession s : h.rfSessions()) {
        if (inRegion(s.family(), s.joints(), f) && s.date().isBefore(dos)) {
          earlier.add(s);
        }
      }
      checkFrequency(f, idx, earlier);
      Set<FacetJoint> joints = joints(idx);
      List<FacetJoint> siteList = new ArrayList<>(joints);
      if (joints.isEmpty()) {
        if (!noJointsKnown(idx)) {
          continue;
        }
        siteList.add(null); // claim lines: the region is the site
      }
      Map<PriorRfSession, List<FacetJoint>> repeats = new LinkedHashMap<>();
      List<FacetJoint> initial = new ArrayList<>();
      for (FacetJoint j : siteList) {
        PriorRfSession last = null;
        for (PriorRfSession s : earlier) {
          if (j == null || !s.jointsKnown() || s.joints().contains(j)) {
            last = s;   // oldest first, so the last match is the latest
          }
        }
        if (last == null) {
          initial.add(j);
        } else {
          repeats.computeIfAbsent(last, k -> new ArrayList<>()).add(j);
        }
      }
      for (Map.Entry<PriorRfSession, List<FacetJoint>> r : repeats.entrySet()) {
        checkRepeat(f, idx, r.getKey(), r.getValue());
        checkRediagnosis(f, r.getKey(), r.getValue(), h);
      }
      if (!initial.isEmpty()) {
        checkBlocks(f, idx, initial, h);
      }
    }
  }

  void checkFrequency(JointFamily f, List<Integer> idx, List<PriorRfSession> earlier) {
    Set<LocalDate> inWindow = new TreeSet<>();
    for (PriorRfSession s : earlier) {
      if (RollingWindows.inWindow(s.date(), dos, policy.sessionWindow())) {
        inWindow.add(s.date());
      }
    }
    if (inWindow.size() + 1 > policy.maxSessionsPerWindow()) {
      mark(idx, FindingCode.COVERAGE_FREQUENCY_EXCEEDED);
      add(Finding.of(FindingCode.COVERAGE_FREQUENCY_EXCEEDED, "This " + f.label() + " RF"
          + " session on " + dos + " is number " + (inWindow.size() + 1) + " in a rolling "
          + policy.sessionWindow().toTotalMonths() + " months (earlier: "
          + joinDates(inWindow) + "); at most " + policy.maxSessionsPerWindow()
          + " are covered per region. " + notations(idx) + " expected to be denied."),
          CoverageRule.SESSIONS_PER_WINDOW);
    }
  }

  void checkRepeat(JointFamily f, List<Integer> idx, PriorRfSession last,
      List<FacetJoint> joints) {
    boolean functional = policy.repeatFunctionalImprovement();
    FunctionalImprovement fi = last.functionalImprovement().orElse(null);
    if (RepeatRule.functionalProngMet(policy, fi)) {
      return;
    }
    List<String> fails = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int pct = policy.repeatReliefPercent();
    int months = policy.repeatReliefMonths();
    if (last.reliefPercent().isPresent()) {
      if (last.reliefPercent().getAsInt() < pct) {
        fails.add(last.reliefPercent().getAsInt() + "% relief (below " + pct + "%)");
      }
    } else {
      missing.add("the relief percentage");
    }
    if (last.reliefMonths().isPresent()) {
      if (last.reliefMonths().getAsInt() < months) {
        fails.add("relief lasting " + last.reliefMonths().getAsInt() + " months (below "
            + months + ")");
      }
    } else {
      missing.add("how long the relief lasted");
    }
    if (RepeatRule.tooSoon(policy, last.date(), dos)) {
      fails.add("a repeat on " + dos + ", less than " + months + " months after it");
    }
    String where = siteWords(joints, f);
    String site = last.jointsKnown() || joints.contains(null) ? ""
        : " The joints of the earlier session are not recorded; it is taken as the same site"
            + " because it is in the same region.";
    String rule = "A repeat is covered after at least " + pct + "% relief lasting at least "
        + months + " months" + (functional ? ", or after consistent improvement in previously"
        + " painful movements and activities of daily living against the baseline on the same"
        + " scale" : "") + ".";
    String function = !functional ? "" : fi == null ? "; no functional improvement on the"
        + " same scale is documented" : "; function: " + fi.describe();
    List<Integer> affected = linesTouching(idx, joints);
    if (!fails.isEmpty()) {
      mark(affected, FindingCode.COVERAGE_REPEAT_RELIEF_NOT_MET);
      add(Finding.of(FindingCode.COVERAGE_REPEAT_RELIEF_NOT_MET, "Repeat RF at "
          + where + " after the " + describe(last) + ": "
          + String.join("; ", fails) + function + ". " + rule + " " + notations(affected)
          + " expected to be denied." + site), CoverageRule.REPEAT_RELIEF);
    } else if (!missing.isEmpty()) {
      add(Finding.of(FindingCode.COVERAGE_RELIEF_NOT_DOCUMENTED, "Repeat RF at "
          + where + " after the " + describe(last) + ": "
          + String.join(" and ", missing) + " after it " + (missing.size() == 1 ? "is" : "are")
          + " not documented" + function + "; " + (functional ? rule.substring(0, 1)
          .toLowerCase(Locale.ROOT) + rule.substring(1) : "a repeat is covered after at least "
          + pct + "% relief lasting at least " + months + " months.") + site),
          CoverageRule.REPEAT_RELIEF);
    }
  }

  /** The 2024 warning: the last RF at the site is old and no block has been done since. */
  void checkRediagnosis(JointFamily f, PriorRfSession last, List<FacetJoint> joints,
      PatientHistory h) {
    Period after = policy.rediagnosisAfter().orElse(null);
    if (after == null || dos.isBefore(last.date().plus(after))) {
      return;
    }
    for (DiagnosticBlock b : h.diagnosticBlocks()) {
      if (inRegion(b.family(), b.joints(), f) && b.date().isAfter(last.date())
          && b.date().isBefore(dos)) {
        for (FacetJoint j : joints) {
          if (covers(b, j)) {
            return;
          }
        }
      }
    }
    add(Finding.of(FindingCode.COVERAGE_REDIAGNOSIS_ADVISED, "Repeat RF at "
        + siteWords(joints, f) + " on " + dos + ": the last RF there was the " + describe(last)
        + ", " + after.toTotalMonths() / 12 + " years or more ago, and the history shows no"
        + " diagnostic block since. If the source of the recurrent pain is in question, "
        + policy.name() + " asks for the diagnostic blocks to be repeated."),
        CoverageRule.REDIAGNOSIS);
  }

  void checkBlocks(JointFamily f, List<Integer> idx, List<FacetJoint> initial,
      PatientHistory h) {
    int required = policy.diagnosticBlocksRequired();
    if (required == 0) {
      return;
    }
    int pct = policy.diagnosticBlockReliefPercent();
    Set<LocalDate> overLimit = diagnosticSessionsOverLimit(f, h);
    Period spacing = policy.diagnosticBlockSpacing().orElse(null);
    List<FacetJoint> notMet = new ArrayList<>();
    List<FacetJoint> undocumented = new ArrayList<>();
    List<FacetJoint> unjudged = new ArrayList<>();
    Map<DiagnosticBlock, Boolean> seen = new LinkedHashMap<>();
    Set<DiagnosticBlock> tooSoon = new LinkedHashSet<>();
    Set<DiagnosticBlock> byException = new LinkedHashSet<>();
    for (FacetJoint j : initial) {
      BlockSequence counted = new BlockSequence(policy);
      int unknown = 0;
      for (DiagnosticBlock b : h.diagnosticBlocks()) {
        if (!inRegion(b.family(), b.joints(), f) || !b.date().isBefore(dos)
            || !covers(b, j)) {
          continue;
        }
        seen.put(b, Boolean.TRUE);
        if (overLimit.contains(b.date()) || (b.imaging() != Imaging.UNKNOWN
            && !policy.coveredImaging().contains(b.imaging()))) {
          continue;
        }
        if (b.reliefPercent().isEmpty()) {
          unknown++;
        } else if (b.reliefPercent().getAsInt() >= pct) {
          boolean soon = counted.tooSoon(b.date());
          if (!counted.offer(b.date(), b.spacingExceptionDocumented())) {
            tooSoon.add(b);
          } else if (soon) {
            byException.add(b);
          }
        }
      }
      if (counted.met()) {
        continue;
      }
      if (counted.counted() + unknown >= required) {
        undocumented.add(j);
      } else if (h.isComplete()) {
        notMet.add(j);
      } else {
        unjudged.add(j);
      }
    }
    String shown = seen.isEmpty() ? "none" : blocks(seen.keySet());
    String rule = "An initial RF is covered after " + required + " diagnostic medial branch"
        + " blocks of the joint, each with at least " + pct + "% relief"
        + (spacing == null ? "" : ", the second at least " + days(spacing) + " after the first")
        + ".";
    if (!tooSoon.isEmpty() && !(notMet.isEmpty() && undocumented.isEmpty()
        && unjudged.isEmpty())) {
      add(Finding.of(FindingCode.COVERAGE_BLOCK_SPACING, "Initial RF at "
          + siteWords(initial, f) + ": " + blocks(tooSoon) + (tooSoon.size() == 1 ? " was"
          : " were") + " less than " + days(spacing) + " after the previous qualifying block"
          + " and the record documents no exception, so " + (tooSoon.size() == 1 ? "it does"
          : "they do") + " not count."), CoverageRule.DIAGNOSTIC_BLOCK_SPACING);
    }
    if (!byException.isEmpty()) {
      List<String> refs = new ArrayList<>();
      for (DiagnosticBlock b : byException) {
        b.reference().ifPresent(refs::add);
      }
      Finding fx = Finding.of(FindingCode.COVERAGE_BLOCK_SPACING_EXCEPTION, "Initial RF at "
          + siteWords(initial, f) + ": " + blocks(byException) + (byException.size() == 1
          ? " was" : " were") + " less than " + days(spacing) + " after the previous"
          + " qualifying block and " + (byException.size() == 1 ? "counts" : "count")
          + " only because the record documents the reason for the shorter interval. A"
          + " reviewer will read that reason.");
      add(refs.isEmpty() ? fx : fx.at(String.join(", ", refs)),
          CoverageRule.DIAGNOSTIC_BLOCK_SPACING);
    }
    if (!notMet.isEmpty()) {
      List<Integer> affected = linesTouching(idx, notMet);
      mark(affected, FindingCode.COVERAGE_DIAGNOSTIC_BLOCKS_NOT_MET);
      add(Finding.of(FindingCode.COVERAGE_DIAGNOSTIC_BLOCKS_NOT_MET, "Initial RF at "
          + siteWords(notMet, f) + " (" + f.label() + "): the complete history shows "
          + "fewer than " + required + " qualifying blocks (blocks of this region: " + shown
          + "). " + rule + " " + notations(affected) + " expected to be denied."),
          CoverageRule.DIAGNOSTIC_BLOCKS);
    }
    if (!undocumented.isEmpty()) {
      add(Finding.of(FindingCode.COVERAGE_RELIEF_NOT_DOCUMENTED, "Initial RF at "
          + siteWords(undocumented, f) + " (" + f.label() + "): the blocks " + shown
          + " include some without documented relief, so the block requirement can be"
          + " neither confirmed nor failed. " + rule), CoverageRule.DIAGNOSTIC_BLOCKS);
    }
    if (!unjudged.isEmpty()) {
      add(Finding.of(FindingCode.COVERAGE_HISTORY_INCOMPLETE, "Initial RF at "
          + siteWords(unjudged, f) + " (" + f.label() + "): the history supplied shows "
          + "fewer than " + required + " qualifying blocks (blocks of this region: " + shown
          + "), but it is not marked complete, so the block requirement is not judged. "
          + rule), CoverageRule.DIAGNOSTIC_BLOCKS);
    }
  }

  /** The region's diagnostic sessions beyond the policy's limit (FC-623), before the date. */
  Set<LocalDate> diagnosticSessionsOverLimit(JointFamily f, PatientHistory h) {
    int max = policy.maxDiagnosticSessionsPerWindow();
    if (max == 0) {
      return Set.of();
    }
    List<LocalDate> dates = new ArrayList<>();
    for (DiagnosticBlock b : h.diagnosticBlocks()) {
      if (inRegion(b.family(), b.joints(), f) && b.date().isBefore(dos)) {
        dates.add(b.date());
      }
    }
    List<LocalDate> over = RollingWindows.overLimit(dates, max,
        policy.diagnosticSessionWindow());
    if (!over.isEmpty()) {
      add(Finding.of(FindingCode.COVERAGE_DIAGNOSTIC_SESSIONS_EXCEEDED, "The " + f.label()
          + " diagnostic sessions of " + joinDates(new TreeSet<>(over)) + (over.size() == 1
          ? " is" : " are") + " beyond " + max + " in a rolling "
          + policy.diagnosticSessionWindow().toTotalMonths() + " months: not covered under "
          + policy.name() + ", so " + (over.size() == 1 ? "it does" : "they do") + " not"
          + " count toward an initial RF."), CoverageRule.DIAGNOSTIC_SESSIONS_PER_WINDOW);
    }
    return new TreeSet<>(over);
  }

}
