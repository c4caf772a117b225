package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;

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
    Run run = new Run(session, context);
    run.check();
    return run.finish();
  }

  /** One billed unit of a facet line: its line, the joint if known, the sides it covers. */
  private record Unit(int line, FacetJoint joint, int sides) {}

  private static final int RIGHT = 1;
  private static final int LEFT = 2;
  private static final int NO_SIDE = 4;

  /** The state of one check. */
  private final class Run {
    final CoverageSession session;
    final CoverageContext context;
    final ImmutableList<CoverageLine> lines;
    final int[] nonCovered;
    /** Per line, made on the first non-covered unit (most sessions have none). */
    List<FindingCode>[] reasons;
    List<String>[] sites;
    String[] partRationale;
    final List<Finding> out = new ArrayList<>();
    /** Region (joint family) to its facet lines, in line order; the session's regions. */
    final EnumMap<JointFamily, List<Integer>> byFamily = new EnumMap<>(JointFamily.class);
    /** Regions whose lines the one-region rule denies: no further rule judges them. */
    final Set<JointFamily> denied = EnumSet.noneOf(JointFamily.class);
    /** True when the contractor's thoracolumbar rule made T12-L1 part of the lumbar region. */
    boolean junction;
    final LocalDate dos;

    Run(CoverageSession session, CoverageContext context) {
      this.session = session;
      this.context = context;
      this.lines = session.lines();
      this.nonCovered = new int[lines.size()];
      this.dos = session.dateOfService();
      for (int i = 0; i < lines.size(); i++) {
        CoverageLine l = lines.get(i);
        if (l.isFacetLine()) {
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
        d.finding().ifPresent(f -> add(f, CoverageRule.COVERAGE_MODIFIERS));
        ImmutableList<Modifier> partModifiers = d.append();
        if (!whole) {
          String part = CoverageLine.notation(l.code(), l.modifiers(), nonCovered[i]);
          CoverageModifiers.Decision p = CoverageModifiers.decide(hasCoverageModifier,
              part + " (the non-covered units of " + l.notation() + ")", true, context.abn(),
              wanted);
          partModifiers = p.append();
          p.finding().ifPresent(f -> add(f, CoverageRule.COVERAGE_MODIFIERS));
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

    // ---- history input ----

    void checkHistoryInput() {
      PatientHistory h = context.history();
      for (PriorRfSession s : h.rfSessions()) {
        checkEntry(s.date(), s.describe(), s.reference().orElse(s.describe()), s.problems());
      }
      for (DiagnosticBlock b : h.diagnosticBlocks()) {
        checkEntry(b.date(), b.describe(), b.reference().orElse(b.describe()), b.problems());
      }
    }

    /** FC-632 for an entry dated after the session, FC-633 for each unusable value. */
    void checkEntry(LocalDate date, String what, String ref, List<String> problems) {
      if (date.isAfter(dos)) {
        addInput(Finding.of(FindingCode.HISTORY_AFTER_SESSION, "The " + what + " in the history"
            + " is dated after the date of service " + dos + "; it was left out.").at(ref));
      }
      for (String p : problems) {
        addInput(Finding.of(FindingCode.HISTORY_VALUE_OUT_OF_RANGE, "The " + what + ": " + p
            + "; treated as not documented.").at(ref));
      }
    }

    // ---- the thoracolumbar junction (contractor rule) ----

    /**
     * Under a contractor rule in force on the date, a session with contiguous T12-L1 and L1-L2
     * is one lumbar session: the cervical/thoracic line that covers only T12-L1 (or, for claim
     * lines, the lone 64633 beside a 64636 without 64635) joins the lumbar region.
     */
    void checkThoracolumbarJunction() {
      List<Integer> ct = byFamily.get(JointFamily.CERVICAL_THORACIC);
      List<Integer> ls = byFamily.get(JointFamily.LUMBAR_SACRAL);
      if (ct == null || ls == null) {
        return;
      }
      List<Integer> junctionLines = new ArrayList<>();
      boolean present;
      if (allJointsKnown(ct) && allJointsKnown(ls)) {
        present = joints(ct).contains(FacetJoint.T12_L1) && joints(ls).contains(FacetJoint.L1_L2);
        for (int i : ct) {
          Set<FacetJoint> j = lines.get(i).joints();
          if (j.size() == 1 && j.contains(FacetJoint.T12_L1)) {
            junctionLines.add(i);
          }
        }
      } else {
        present = ThoracolumbarJunction.claimShape(ct.size(), count(ct, LineKind.PRIMARY),
            count(ls, LineKind.PRIMARY), count(ls, LineKind.ADD_ON));
        if (present) {
          junctionLines.addAll(ct);
        }
      }
      if (!present || junctionLines.isEmpty()) {
        return;
      }
      boolean optionShape = !hasKind(ls, LineKind.PRIMARY);
      LocalDate from = policy.thoracolumbarJunctionFrom().orElse(null);
      if (!ThoracolumbarJunction.inForce(policy, dos)) {
        if (optionShape && policy.oneRegionPerSession()) {
          add(Finding.of(FindingCode.THORACOLUMBAR_BILLING_MISMATCH, "The lines bill T12-L1"
              + " with 64633 and L1-L2 as 64636 without 64635 (the thoracolumbar payer option),"
              + " but " + policy.name() + (from == null ? " has no such rule" : " applies it"
              + " only from " + from) + ": T12-L1 and L1-L2 are two regions on " + dos + "."),
              CoverageRule.THORACOLUMBAR_JUNCTION);
        }
        return;
      }
      junction = true;
      for (int i : junctionLines) {
        ct.remove(Integer.valueOf(i));
        ls.add(i);
      }
      ls.sort(null);
      if (ct.isEmpty()) {
        byFamily.remove(JointFamily.CERVICAL_THORACIC);
      }
      if (optionShape) {
        add(Finding.of(FindingCode.THORACOLUMBAR_CONTRACTOR_RULE, "Contiguous T12-L1 and L1-L2"
            + " on " + dos + " count as one lumbar session under " + policy.name() + " (from "
            + from + "): " + lineList(ls) + " are judged as one lumbar region."),
            CoverageRule.THORACOLUMBAR_JUNCTION);
      } else {
        add(Finding.of(FindingCode.THORACOLUMBAR_BILLING_MISMATCH, "Contiguous T12-L1 and L1-L2"
            + " on " + dos + " count as one lumbar session under " + policy.name() + " (from "
            + from + "), billed 64633 and 64636 once; the lines " + lineList(ls) + " use a"
            + " lumbar primary. Code the session with the thoracolumbar profile; the lines are"
            + " judged as one lumbar region."), CoverageRule.THORACOLUMBAR_JUNCTION);
      }
    }

    // ---- technique and guidance ----

    void checkTechnique() {
      ImmutableList<DocumentedProcedure> ps = session.procedures();
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
          mark(ofProc, FindingCode.COVERAGE_METHOD_NOT_COVERED);
          add(at(Finding.of(FindingCode.COVERAGE_METHOD_NOT_COVERED, label + ": " + method
              + " is not covered; " + notations(ofProc) + " expected to be denied."), proc),
              CoverageRule.METHOD);
        }
        Imaging im = proc.imaging();
        if (im != Imaging.UNKNOWN && !policy.coveredImaging().contains(im)) {
          mark(ofProc, FindingCode.COVERAGE_IMAGING_NOT_COVERED);
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

    // ---- one region per session (2024) ----

    /**
     * Keeps the region with more units (primary, add-on and unlisted lines) and, on a tie, the
     * cervical/thoracic one (the first family in CPT order); the other region's lines are
     * non-covered. The choice depends only on the lines, never on their input order.
     */
    void checkRegions() {
      if (!policy.oneRegionPerSession() || byFamily.size() < 2) {
        return;
      }
      Map<JointFamily, Integer> unitsByRegion = new EnumMap<>(JointFamily.class);
      for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
        int units = 0;
        for (int i : e.getValue()) {
          units += lines.get(i).units();
        }
        unitsByRegion.put(e.getKey(), units);
      }
      JointFamily keep = RegionChoice.kept(unitsByRegion);
      int keepUnits = unitsByRegion.get(keep);
      for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
        if (e.getKey() == keep) {
          continue;
        }
        denied.add(e.getKey());
        mark(e.getValue(), FindingCode.COVERAGE_REGIONS_EXCEEDED);
        add(Finding.of(FindingCode.COVERAGE_REGIONS_EXCEEDED, "The session on " + dos
            + " treats the " + regionList() + " regions; " + policy.name() + " covers one spinal"
            + " region per session. The " + keep.label() + " region is kept (" + keepUnits
            + " units; " + RegionChoice.rule() + "), so " + notations(e.getValue()) + " expected to be denied."),
            CoverageRule.ONE_REGION_PER_SESSION);
      }
    }

    String regionList() {
      List<String> w = new ArrayList<>();
      for (JointFamily f : byFamily.keySet()) {
        w.add(f.label());
      }
      return String.join(" and ", w);
    }

    // ---- levels per session ----

    void checkLevels() {
      if (policy.levelsBeyondLimitNonCovered()) {
        for (Map.Entry<JointFamily, List<Integer>> e : byFamily.entrySet()) {
          if (!denied.contains(e.getKey())) {
            splitLevels(e.getKey(), e.getValue());
          }
        }
        return;
      }
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

    /**
     * The 2024 level rule: the levels of the region in the claim's level order (the primary's
     * level first, then the add-on lines in line order, each line's joints in spinal order); the
     * units at levels beyond the limit are non-covered. Lines that do not say their joints
     * (claim lines) count levels from units: a primary unit is the first level of its sides,
     * and each add-on unit the next level of its side (both sides under modifier 50).
     */
    void splitLevels(JointFamily f, List<Integer> idx) {
      List<Integer> ordered = new ArrayList<>();
      for (int i : idx) {
        if (kindOf(i) == LineKind.PRIMARY) {
          ordered.add(i);
        }
      }
      for (int i : idx) {
        if (kindOf(i) == LineKind.ADD_ON) {
          ordered.add(i);
        }
      }
      if (ordered.isEmpty()) {
        return;
      }
      int max = policy.maxJointLevelsPerSession();
      boolean known = allJointsKnown(ordered);
      List<Unit> units = new ArrayList<>();
      for (int i : ordered) {
        List<Unit> u = known ? jointUnits(i) : null;
        if (u == null || u.size() != lines.get(i).units()) {
          known = false;
          break;
        }
        units.addAll(u);
      }
      List<Integer> level = new ArrayList<>();
      List<FacetJoint> order = new ArrayList<>();
      int levels;
      if (known) {
        Set<FacetJoint> seen = new LinkedHashSet<>();
        for (Unit u : units) {
          seen.add(u.joint());
        }
        order.addAll(seen);
        for (Unit u : units) {
          level.add(order.indexOf(u.joint()) + 1);
        }
        levels = order.size();
      } else {
        units.clear();
        int n = ordered.size();
        boolean[] addOn = new boolean[n];
        int[] lineUnits = new int[n];
        int[] sides = new int[n];
        for (int k = 0; k < n; k++) {
          CoverageLine l = lines.get(ordered.get(k));
          addOn[k] = l.kind() == LineKind.ADD_ON;
          lineUnits[k] = l.units();
          sides[k] = LevelCount.sides(l.has(Modifier.BILATERAL), l.has(Modifier.RIGHT),
              l.has(Modifier.LEFT));
        }
        int[] over = new int[n];
        levels = LevelCount.count(addOn, lineUnits, sides, max, over);
        for (int k = 0; k < n; k++) {
          for (int u = 0; u < lineUnits[k]; u++) {
            // the units beyond are the last ones of the line
            units.add(new Unit(ordered.get(k), null, LevelCount.unitSides(sides[k], u)));
            level.add(u >= lineUnits[k] - over[k] ? max + 1 : 1);
          }
        }
      }
      if (levels <= max) {
        return;
      }
      Map<Integer, List<String>> beyond = new LinkedHashMap<>();
      Map<Integer, Integer> count = new LinkedHashMap<>();
      for (int k = 0; k < units.size(); k++) {
        Unit u = units.get(k);
        if (level.get(k) > max) {
          count.merge(u.line(), 1, Integer::sum);
          if (u.joint() != null) {
            beyond.computeIfAbsent(u.line(), x -> new ArrayList<>()).add(side(u.sides())
                + u.joint().notation());
          }
        }
      }
      List<String> parts = new ArrayList<>();
      for (Map.Entry<Integer, Integer> e : count.entrySet()) {
        int i = e.getKey();
        CoverageLine l = lines.get(i);
        int n = e.getValue();
        List<String> where = merge(beyond.getOrDefault(i, List.of()));
        String what = n + " of its " + l.units() + (l.units() == 1 ? " unit" : " units")
            + (where.isEmpty() ? ", the last " + (n == 1 ? "unit" : n + " units") + " of the"
            + " line" : ", " + String.join(", ", where));
        parts.add(l.notation() + ": " + what);
        markUnits(i, n, FindingCode.COVERAGE_LEVELS_NON_COVERED, where);
        partRationale[i] = (n + " of " + l.units() + " units non-covered: "
            + (where.isEmpty() ? "the add-on units after the first " + words(max) + " levels"
            : String.join(", ", where) + (where.size() == 1 ? " is" : " are") + " beyond the"
            + " first " + words(max) + " levels") + " of the " + f.label() + " region in the"
            + " claim's level order; " + policy.name() + " covers " + levelLimit(max)
            + " (unilateral or bilateral) per region per session.");
      }
      String levelWords = known ? levels + " joint levels in the " + f.label() + " region ("
          + Histories.joints(order) + ", in the claim's level order)"
          : levels + " levels in the " + f.label() + " region, counted from the units (the"
          + " primary's level, then each add-on unit of a side)";
      add(Finding.of(FindingCode.COVERAGE_LEVELS_NON_COVERED, levelWords + ": " + policy.name()
          + " covers " + levelLimit(max) + " (unilateral or bilateral) per region per session;"
          + " more levels are not covered. The add-on units after the first " + words(max)
          + " levels are non-covered: " + String.join("; ", parts) + ". Put them on a line of"
          + " their own (same code and side modifiers) so that GA or GZ marks them alone."),
          CoverageRule.LEVELS_PER_SESSION);
    }

    /** The units of an engine line: one per joint under modifier 50, else one per joint side. */
    List<Unit> jointUnits(int i) {
      CoverageLine l = lines.get(i);
      List<Unit> u = new ArrayList<>();
      if (l.has(Modifier.BILATERAL)) {
        for (FacetJoint j : l.joints(Laterality.BILATERAL)) {
          u.add(new Unit(i, j, RIGHT | LEFT));
        }
        return u;
      }
      for (FacetJoint j : l.joints()) {
        if (l.joints(Laterality.RIGHT).contains(j)) {
          u.add(new Unit(i, j, RIGHT));
        }
        if (l.joints(Laterality.LEFT).contains(j)) {
          u.add(new Unit(i, j, LEFT));
        }
        if (l.joints(Laterality.UNKNOWN).contains(j)) {
          u.add(new Unit(i, j, NO_SIDE));
        }
      }
      return u;
    }

    String side(int sides) {
      switch (sides) {
        case RIGHT:
          return "right ";
        case LEFT:
          return "left ";
        case RIGHT | LEFT:
          return "both sides ";
        default:
          return "";
      }
    }

    /** "right L5-S1", "left L5-S1" become "L5-S1 both sides"; order kept. */
    List<String> merge(List<String> where) {
      List<String> out = new ArrayList<>();
      for (String w : where) {
        if (w.startsWith("both sides ")) {
          out.add(w.substring(11) + " both sides");
        } else if (w.startsWith("left ") && out.contains("right " + w.substring(5))) {
          out.set(out.indexOf("right " + w.substring(5)), w.substring(5) + " both sides");
        } else {
          out.add(w);
        }
      }
      return out;
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

    // ---- prior authorization ----

    void checkPriorAuthorization() {
      LocalDate from = policy.priorAuthorizationFrom().orElse(null);
      if (from == null || dos.isBefore(from)) {
        return;
      }
      List<Integer> pa = new ArrayList<>();
      for (int i : allFacetLines()) {
        if (policy.needsPriorAuthorization(lines.get(i).code(), dos)) {
          pa.add(i);
        }
      }
      if (pa.isEmpty()) {
        return;
      }
      String pos = context.placeOfService().orElse(null);
      String bill = billType(context.typeOfBill().orElse(null));
      boolean hospitalBill = bill != null && policy.priorAuthorizationBillTypes().contains(bill);
      boolean hospitalPlace = pos != null && policy.priorAuthorizationPlaces().contains(pos);
      if (pos == null && bill == null) {
        add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_PLACE_UNKNOWN, "The place of service is"
            + " not known; if " + lineList(pa) + " on " + dos + (pa.size() == 1 ? " is" : " are")
            + " done in a hospital"
            + " outpatient department (place of service "
            + String.join(" or ", policy.priorAuthorizationPlaces()) + "), prior authorization"
            + " is required from " + from + "."), CoverageRule.PRIOR_AUTHORIZATION);
        return;
      }
      if (!hospitalBill && !hospitalPlace) {
        return;
      }
      String where = hospitalBill ? "type of bill " + context.typeOfBill().get()
          + " (hospital outpatient)" : "place of service " + pos + " (hospital outpatient)";
      if (context.priorAuthorizationExempt()) {
        add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_ON_FILE, notations(pa) + " on " + dos
            + " at " + where + " would need prior authorization, but the hospital is exempt"
            + " this cycle, as the caller says; no tracking number is needed."),
            CoverageRule.PRIOR_AUTHORIZATION);
      } else if (context.priorAuthorizationUtn().isPresent()) {
        add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_ON_FILE, notations(pa) + " on " + dos
            + " at " + where + " need prior authorization; the unique tracking number "
            + context.priorAuthorizationUtn().get() + " was given. It goes on the hospital's"
            + " claim only (837I REF*G1, UB-04 FL 63)."), CoverageRule.PRIOR_AUTHORIZATION);
      } else if (hospitalBill) {
        add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_REQUIRED, notations(pa) + " on " + dos
            + " at " + where + " need prior authorization as a condition of payment (required"
            + " from " + from + "), and no unique tracking number (UTN) or exemption was given:"
            + " the claim will deny without it."), CoverageRule.PRIOR_AUTHORIZATION);
      } else {
        add(Finding.of(FindingCode.PRIOR_AUTHORIZATION_REQUIRED, notations(pa) + " on " + dos
            + " at place of service " + pos + " (hospital outpatient) need prior authorization"
            + " as a condition of payment (required from " + from + ")."),
            CoverageRule.PRIOR_AUTHORIZATION);
      }
    }

    /** "0131", "131", "13X" give "13"; null or shorter than two digits gives null. */
    String billType(String tob) {
      if (tob == null) {
        return null;
      }
      String t = tob.strip();
      while (t.length() > 2 && t.charAt(0) == '0') {
        t = t.substring(1);
      }
      return t.length() >= 2 ? t.substring(0, 2) : null;
    }

    // ---- same-day sedation and anesthesia (2024) ----

    void checkSedation() {
      if (policy.sedationCodes().isEmpty()) {
        return;
      }
      Set<String> found = new TreeSet<>();
      for (String c : session.otherCodes()) {
        if (policy.sedationCodes().contains(c)) {
          found.add(c);
        }
      }
      if (!found.isEmpty()) {
        add(Finding.of(FindingCode.SEDATION_REVIEW, String.join(", ", found) + " on " + dos
            + " with " + lineList(allFacetLines()) + ": sedation or anesthesia is not routinely"
            + " necessary for facet procedures under " + policy.name() + "; expect review, and"
            + " make sure the record documents why it was needed."), CoverageRule.SEDATION);
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
          } else if (b.reliefPercent().getAsInt() >= pct
              && !counted.offer(b.date(), b.spacingExceptionDocumented())) {
            tooSoon.add(b);
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

    // ---- helpers ----

    /**
     * True when a history entry of {@code family} with {@code joints} belongs to the region
     * {@code f}: its own family, or, under the contractor's thoracolumbar rule, a T12-L1 entry
     * counted with the lumbar region.
     */
    boolean inRegion(JointFamily family, Set<FacetJoint> joints, JointFamily f) {
      return family == f || (junction && f == JointFamily.LUMBAR_SACRAL
          && family == JointFamily.CERVICAL_THORACIC && joints.size() == 1
          && joints.contains(FacetJoint.T12_L1));
    }

    boolean covers(DiagnosticBlock b, FacetJoint j) {
      return j == null || !b.jointsKnown() || b.joints().contains(j);
    }

    String siteWords(List<FacetJoint> joints, JointFamily f) {
      List<FacetJoint> known = new ArrayList<>();
      for (FacetJoint j : joints) {
        if (j != null) {
          known.add(j);
        }
      }
      return known.isEmpty() ? "the " + f.label() + " region (the lines do not say which"
          + " joints)" : Histories.joints(known);
    }

    LineKind kindOf(int i) {
      return lines.get(i).kind();
    }

    int count(List<Integer> idx, LineKind kind) {
      int n = 0;
      for (int i : idx) {
        if (kindOf(i) == kind) {
          n++;
        }
      }
      return n;
    }

    boolean hasKind(List<Integer> idx, LineKind kind) {
      for (int i : idx) {
        if (kindOf(i) == kind) {
          return true;
        }
      }
      return false;
    }

    boolean allJointsKnown(List<Integer> idx) {
      for (int i : idx) {
        if (!lines.get(i).jointsKnown()) {
          return false;
        }
      }
      return true;
    }

    boolean noJointsKnown(List<Integer> idx) {
      for (int i : idx) {
        if (lines.get(i).jointsKnown()) {
          return false;
        }
      }
      return true;
    }

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

    List<Integer> linesTouching(List<Integer> idx, List<FacetJoint> joints) {
      List<Integer> out = new ArrayList<>();
      for (int i : idx) {
        Set<FacetJoint> lj = lines.get(i).joints();
        boolean touch = lj.isEmpty() || joints.contains(null);
        for (FacetJoint j : lj) {
          touch |= joints.contains(j);
        }
        if (touch) {
          out.add(i);
        }
      }
      return out;
    }

    void mark(List<Integer> idx, FindingCode why) {
      for (int i : idx) {
        nonCovered[i] = lines.get(i).units();
        reason(i, why);
      }
    }

    void markUnits(int i, int units, FindingCode why, List<String> where) {
      reason(i, why);
      if (units > nonCovered[i]) {
        nonCovered[i] = units;
        sites[i] = new ArrayList<>(where);
      }
    }

    @SuppressWarnings("unchecked")
    void reason(int i, FindingCode why) {
      if (reasons == null) {
        reasons = new List[lines.size()];
        sites = new List[lines.size()];
        partRationale = new String[lines.size()];
      }
      if (reasons[i] == null) {
        reasons[i] = new ArrayList<>(2);
      }
      if (!reasons[i].contains(why)) {
        reasons[i].add(why);
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

    void addInput(Finding f) {
      out.add(f);
    }
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

  private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten"};

  /** 2 gives "two"; numbers above ten stay digits. */
  private static String words(int n) {
    return n >= 0 && n < WORDS.length ? WORDS[n] : Integer.toString(n);
  }

  /** "one level", "one or two levels", "up to 3 levels". */
  private static String levelLimit(int max) {
    return max == 1 ? "one level" : max == 2 ? "one or two levels" : "up to " + words(max)
        + " levels";
  }

  private static String days(Period p) {
    return p.getDays() % 7 == 0 && p.getMonths() == 0 && p.getYears() == 0
        ? p.getDays() / 7 + " weeks" : p.toString();
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
