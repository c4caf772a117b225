package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;

/**
 * Checks a coded session against a {@link CoveragePolicy} and adds findings; it never changes a
 * code, a quantity or a modifier (the GA or GZ to append, when the profile asks, is returned
 * beside the lines by {@link #assess}). Immutable and thread-safe: build one and share it.
 *
 * <p>What the session treated comes from the result: the joints per region from {@link
 * CodingResult#lines()} ({@link ClaimLine#joints()}), the technique and guidance from the
 * session's procedures, joined to the lines by {@link ClaimLine#procedureIndexes()}. What
 * happened before comes from the {@link CoverageContext}'s {@link PatientHistory}; when it is
 * unknown the history rules give one information finding and nothing else, never a denial.
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
   * The findings, the lines expected to be denied and the coverage modifiers to append.
   *
   * @throws NullPointerException when result or context is null
   */
  public CoverageAssessment assess(CodingResult result, CoverageContext context) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(context, "context");
    Run run = new Run(result, context);
    run.check();
    return run.finish();
  }

  /** The state of one check. */
  private final class Run {
    final CodingResult result;
    final CoverageContext context;
    final ImmutableList<ClaimLine> lines;
    final boolean[] nonCovered;
    final List<Finding> out = new ArrayList<>();
    final EnumMap<JointFamily, List<Integer>> byFamily = new EnumMap<>(JointFamily.class);
    final LocalDate dos;

    Run(CodingResult result, CoverageContext context) {
      this.result = result;
      this.context = context;
      this.lines = result.lines();
      this.nonCovered = new boolean[lines.size()];
      this.dos = result.session().dateOfService();
      for (int i = 0; i < lines.size(); i++) {
        ClaimLine l = lines.get(i);
        if (l.kind() != LineKind.IMAGING && l.family().isPresent()) {
          byFamily.computeIfAbsent(l.family().get(), k -> new ArrayList<>()).add(i);
        }
      }
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
      checkTechnique();
      checkLevels();
      checkDiagnoses();
      checkPriorAuthorization();
      checkHistory();
    }

    CoverageAssessment finish() {
      ImmutableList.Builder<ImmutableList<Modifier>> appended = ImmutableList.builder();
      for (int i = 0; i < lines.size(); i++) {
        CoverageModifiers.Decision d = CoverageModifiers.decide(lines.get(i), nonCovered[i],
            context.abn(), result.profile());
        appended.add(d.append());
        d.finding().ifPresent(f -> add(f, CoverageRule.COVERAGE_MODIFIERS));
      }
      List<Finding> sorted = new ArrayList<>(out);
      sorted.sort(Comparator.comparing(Finding::severity));
      return new CoverageAssessment(result, ImmutableList.copyOf(sorted), nonCovered,
          appended.build());
    }

    // ---- technique and guidance ----

    void checkTechnique() {
      ImmutableList<DocumentedProcedure> ps = result.session().procedures();
      for (int p = 0; p < ps.size(); p++) {
        DocumentedProcedure proc = ps.get(p);
        List<Integer> ofProc = new ArrayList<>(2);
        for (List<Integer> idx : byFamily.values()) {
          for (int i : idx) {
            if (lines.get(i).procedureIndexes().contains(p)) {
              ofProc.add(i);
            }
          }
        }
        if (ofProc.isEmpty()) {
          continue;
        }
        String label = proc.reference().orElse("procedure " + (p + 1));
        String method = nonCoveredMethod(proc.technique());
        if (method != null) {
          mark(ofProc);
          add(at(Finding.of(FindingCode.COVERAGE_METHOD_NOT_COVERED, label + ": " + method
              + " is not covered; " + notations(ofProc) + " expected to be denied."), proc),
              CoverageRule.METHOD);
        }
        Imaging im = proc.imaging();
        if (im != Imaging.UNKNOWN && !policy.coveredImaging().contains(im)) {
          mark(ofProc);
          add(at(Finding.of(FindingCode.COVERAGE_IMAGING_NOT_COVERED, label + ": "
              + im.label() + " is not covered (the policy requires " + imagingList() + "); "
              + notations(ofProc) + " expected to be denied."), proc), CoverageRule.IMAGING);
        }
      }
    }

    String nonCoveredMethod(Technique t) {
      if (policy.nonCoveredMethods().contains(t.method())) {
        return t.describe();
      }
      if (t.method() == NeurolyticMethod.THERMAL_RF && t.temperatureCelsius().isPresent()
          && t.temperatureCelsius().getAsInt() < policy.minThermalCelsius()) {
        return t.describe() + " (low-grade thermal, below " + policy.minThermalCelsius() + " °C)";
      }
      return null;
    }

    String imagingList() {
      List<String> w = new ArrayList<>();
      for (Imaging i : policy.coveredImaging()) {
        w.add(i.label());
      }
      return w.isEmpty() ? "no guidance at all" : String.join(" or ", w);
    }

    // ---- levels per session ----

    void checkLevels() {
      for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
        Set<FacetJoint> joints = joints(e.getValue());
        if (joints.size() > policy.maxJointLevelsPerSession()) {
          add(Finding.of(FindingCode.COVERAGE_LEVELS_EXCEEDED, joints.size() + " joint levels in"
              + " the " + e.getKey().label() + " region (" + Histories.joints(joints) + "): at"
              + " most " + policy.maxJointLevelsPerSession() + " (unilateral or bilateral) are"
              + " covered per session; the units for the levels beyond "
              + policy.maxJointLevelsPerSession() + " are expected to be denied. The lines "
              + notations(e.getValue()) + " are unchanged."), CoverageRule.LEVELS_PER_SESSION);
        }
      }
    }

    // ---- diagnoses ----

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
      Map<String, Set<JointFamily>> covered = new LinkedHashMap<>();
      for (String d : context.diagnoses()) {
        policy.regionsOf(d).ifPresent(r -> covered.put(CoveragePolicy.displayIcd(d), r));
      }
      if (covered.isEmpty()) {
        List<Integer> all = allFacetLines();
        mark(all);
        add(Finding.of(FindingCode.COVERAGE_DIAGNOSIS_NOT_COVERED, "None of the diagnoses "
            + displayAll(context.diagnoses()) + " is on the covered list; "
            + notations(all) + " expected to be denied."), CoverageRule.DIAGNOSES);
        return;
      }
      for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
        boolean match = false;
        for (Set<JointFamily> r : covered.values()) {
          match |= r.contains(e.getKey());
        }
        if (!match) {
          add(Finding.of(FindingCode.COVERAGE_DIAGNOSIS_REGION_MISMATCH, "The covered diagnoses "
              + String.join(", ", covered.keySet()) + " name another region than the "
              + e.getKey().label() + " lines " + notations(e.getValue()) + "."),
              CoverageRule.DIAGNOSES);
        }
      }
    }

    // ---- prior authorization ----

    void checkPriorAuthorization() {
      LocalDate from = policy.priorAuthorizationFrom().orElse(null);
      if (from == null || dos.isBefore(from)) {
        return;
      }
      List<Integer> pa = new ArrayList<>();
      for (int i : allFacetLines()) {
        if (policy.priorAuthorizationCodes().contains(lines.get(i).code())) {
          pa.add(i);
        }
      }
      if (pa.isEmpty()) {
        return;
      }
      String pos = context.placeOfService().orElse(null);
      if (pos == null) {
        add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_PLACE_UNKNOWN, "The place of service is"
            + " not known; if " + lineList(pa) + " on " + dos + (pa.size() == 1 ? " is" : " are")
            + " done in a hospital"
            + " outpatient department (place of service "
            + String.join(" or ", policy.priorAuthorizationPlaces()) + "), prior authorization"
            + " is required from " + from + "."), CoverageRule.PRIOR_AUTHORIZATION);
      } else if (policy.priorAuthorizationPlaces().contains(pos)) {
        add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_REQUIRED, notations(pa) + " on " + dos
            + " at place of service " + pos + " (hospital outpatient) need prior authorization"
            + " as a condition of payment (required from " + from + ")."),
            CoverageRule.PRIOR_AUTHORIZATION);
      }
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
        List<Integer> idx = e.getValue();
        List<PriorRfSession> earlier = new ArrayList<>();
        for (PriorRfSession s : h.rfSessions()) {
          if (s.family() == f && s.date().isBefore(dos)) {
            earlier.add(s);
          }
        }
        checkFrequency(f, idx, earlier);
        Set<FacetJoint> joints = joints(idx);
        if (joints.isEmpty()) {
          continue;
        }
        Map<PriorRfSession, Set<FacetJoint>> repeats = new LinkedHashMap<>();
        Set<FacetJoint> initial = EnumSet.noneOf(FacetJoint.class);
        for (FacetJoint j : joints) {
          PriorRfSession last = null;
          for (PriorRfSession s : earlier) {
            if (!s.jointsKnown() || s.joints().contains(j)) {
              last = s;   // oldest first, so the last match is the latest
            }
          }
          if (last == null) {
            initial.add(j);
          } else {
            repeats.computeIfAbsent(last, k -> EnumSet.noneOf(FacetJoint.class)).add(j);
          }
        }
        for (Map.Entry<PriorRfSession, Set<FacetJoint>> r : repeats.entrySet()) {
          checkRepeat(f, idx, r.getKey(), r.getValue());
        }
        if (!initial.isEmpty()) {
          checkBlocks(f, idx, initial, h);
        }
      }
    }

    void checkFrequency(JointFamily f, List<Integer> idx, List<PriorRfSession> earlier) {
      Set<LocalDate> inWindow = new TreeSet<>();
      for (PriorRfSession s : earlier) {
        if (dos.isBefore(s.date().plus(policy.sessionWindow()))) {
          inWindow.add(s.date());
        }
      }
      if (inWindow.size() + 1 > policy.maxSessionsPerWindow()) {
        mark(idx);
        add(Finding.of(FindingCode.COVERAGE_FREQUENCY_EXCEEDED, "This " + f.label() + " RF"
            + " session on " + dos + " is number " + (inWindow.size() + 1) + " in a rolling "
            + policy.sessionWindow().toTotalMonths() + " months (earlier: "
            + joinDates(inWindow) + "); at most " + policy.maxSessionsPerWindow()
            + " are covered per region. " + notations(idx) + " expected to be denied."),
            CoverageRule.SESSIONS_PER_WINDOW);
      }
    }

    void checkRepeat(JointFamily f, List<Integer> idx, PriorRfSession last,
        Set<FacetJoint> joints) {
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
      if (dos.isBefore(last.date().plusMonths(months))) {
        fails.add("a repeat on " + dos + ", less than " + months + " months after it");
      }
      String site = last.jointsKnown() ? ""
          : " The joints of the earlier session are not recorded; it is taken as the same site"
              + " because it is in the same region.";
      List<Integer> affected = linesTouching(idx, joints);
      if (!fails.isEmpty()) {
        mark(affected);
        add(Finding.of(FindingCode.COVERAGE_REPEAT_RELIEF_NOT_MET, "Repeat RF at "
            + Histories.joints(joints) + " after the " + describe(last) + ": "
            + String.join("; ", fails) + ". A repeat is covered after at least " + pct
            + "% relief lasting at least " + months + " months. " + notations(affected)
            + " expected to be denied." + site), CoverageRule.REPEAT_RELIEF);
      } else if (!missing.isEmpty()) {
        add(Finding.of(FindingCode.COVERAGE_RELIEF_NOT_DOCUMENTED, "Repeat RF at "
            + Histories.joints(joints) + " after the " + describe(last) + ": "
            + String.join(" and ", missing) + " after it " + (missing.size() == 1 ? "is" : "are")
            + " not documented; a repeat is covered after at least " + pct + "% relief lasting"
            + " at least " + months + " months." + site), CoverageRule.REPEAT_RELIEF);
      }
    }

    void checkBlocks(JointFamily f, List<Integer> idx, Set<FacetJoint> initial,
        PatientHistory h) {
      int required = policy.diagnosticBlocksRequired();
      if (required == 0) {
        return;
      }
      int pct = policy.diagnosticBlockReliefPercent();
      Set<FacetJoint> notMet = EnumSet.noneOf(FacetJoint.class);
      Set<FacetJoint> undocumented = EnumSet.noneOf(FacetJoint.class);
      Set<FacetJoint> unjudged = EnumSet.noneOf(FacetJoint.class);
      Map<DiagnosticBlock, Boolean> seen = new LinkedHashMap<>();
      for (FacetJoint j : initial) {
        int good = 0;
        int unknown = 0;
        for (DiagnosticBlock b : h.diagnosticBlocks()) {
          if (b.family() != f || !b.date().isBefore(dos)
              || (b.jointsKnown() && !b.joints().contains(j))) {
            continue;
          }
          seen.put(b, Boolean.TRUE);
          if (b.reliefPercent().isEmpty()) {
            unknown++;
          } else if (b.reliefPercent().getAsInt() >= pct) {
            good++;
          }
        }
        if (good >= required) {
          continue;
        }
        if (good + unknown >= required) {
          undocumented.add(j);
        } else if (h.isComplete()) {
          notMet.add(j);
        } else {
          unjudged.add(j);
        }
      }
      String shown = seen.isEmpty() ? "none" : blocks(seen.keySet());
      String rule = "An initial RF is covered after " + required + " diagnostic medial branch"
          + " blocks of the joint, each with at least " + pct + "% relief.";
      if (!notMet.isEmpty()) {
        List<Integer> affected = linesTouching(idx, notMet);
        mark(affected);
        add(Finding.of(FindingCode.COVERAGE_DIAGNOSTIC_BLOCKS_NOT_MET, "Initial RF at "
            + Histories.joints(notMet) + " (" + f.label() + "): the complete history shows "
            + "fewer than " + required + " qualifying blocks (blocks of this region: " + shown
            + "). " + rule + " " + notations(affected) + " expected to be denied."),
            CoverageRule.DIAGNOSTIC_BLOCKS);
      }
      if (!undocumented.isEmpty()) {
        add(Finding.of(FindingCode.COVERAGE_RELIEF_NOT_DOCUMENTED, "Initial RF at "
            + Histories.joints(undocumented) + " (" + f.label() + "): the blocks " + shown
            + " include some without documented relief, so the block requirement can be"
            + " neither confirmed nor failed. " + rule), CoverageRule.DIAGNOSTIC_BLOCKS);
      }
      if (!unjudged.isEmpty()) {
        add(Finding.of(FindingCode.COVERAGE_HISTORY_INCOMPLETE, "Initial RF at "
            + Histories.joints(unjudged) + " (" + f.label() + "): the history supplied shows "
            + "fewer than " + required + " qualifying blocks (blocks of this region: " + shown
            + "), but it is not marked complete, so the block requirement is not judged. "
            + rule), CoverageRule.DIAGNOSTIC_BLOCKS);
      }
    }

    // ---- helpers ----

    List<Integer> allFacetLines() {
      List<Integer> all = new ArrayList<>();
      for (List<Integer> idx : byFamily.values()) {
        all.addAll(idx);
      }
      all.sort(null);
      return all;
    }

    Set<FacetJoint> joints(List<Integer> idx) {
      Set<FacetJoint> s = EnumSet.noneOf(FacetJoint.class);
      for (int i : idx) {
        s.addAll(lines.get(i).joints());
      }
      return s;
    }

    List<Integer> linesTouching(List<Integer> idx, Set<FacetJoint> joints) {
      List<Integer> out = new ArrayList<>();
      for (int i : idx) {
        Set<FacetJoint> lj = lines.get(i).joints();
        boolean touch = lj.isEmpty();
        for (FacetJoint j : lj) {
          touch |= joints.contains(j);
        }
        if (touch) {
          out.add(i);
        }
      }
      return out;
    }

    void mark(List<Integer> idx) {
      for (int i : idx) {
        nonCovered[i] = true;
      }
    }

    String notations(List<Integer> idx) {
      return lineList(idx) + (idx.size() == 1 ? " is" : " are");
    }

    String lineList(List<Integer> idx) {
      List<String> w = new ArrayList<>(idx.size());
      for (int i : idx) {
        w.add(lines.get(i).notation());
      }
      return String.join(", ", w);
    }

    void add(Finding f, CoverageRule rule) {
      out.add(f.withSource(policy.source(rule)));
    }
  }

  private static Finding at(Finding f, DocumentedProcedure p) {
    return p.reference().isPresent() ? f.at(p.reference().get()) : f;
  }

  private static String describe(PriorRfSession s) {
    return s.describe() + s.reference().map(r -> " [" + r + "]").orElse("") + ", relief "
        + Histories.relief(s.reliefPercent(), s.reliefMonths());
  }

  private static String blocks(Set<DiagnosticBlock> bs) {
    List<String> w = new ArrayList<>();
    for (DiagnosticBlock b : bs) {
      w.add(b.date() + " " + (b.jointsKnown() ? Histories.joints(b.joints()) : "joints not"
          + " recorded") + " " + (b.reliefPercent().isPresent() ? b.reliefPercent().getAsInt()
          + "%" : "relief not documented") + b.reference().map(r -> " [" + r + "]").orElse(""));
    }
    return String.join("; ", w);
  }

  private static String joinDates(Set<LocalDate> dates) {
    List<String> w = new ArrayList<>();
    for (LocalDate d : dates) {
      w.add(d.toString());
    }
    return String.join(", ", w);
  }

  private static String displayAll(List<String> codes) {
    List<String> w = new ArrayList<>();
    for (String c : codes) {
      w.add(CoveragePolicy.displayIcd(c));
    }
    return String.join(", ", w);
  }
}
