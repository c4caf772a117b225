package org.facetclaims.core.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;

/**
 * The level limit per region per session: a warning under the 2021 text; under the 2024 text the
 * units beyond two levels non-covered, in the claim's level order (by joint when the lines say
 * their joints, else by units with {@link LevelCount}).
 */
abstract class LevelChecks extends SessionChecks {
  LevelChecks(CoveragePolicy policy, String beforePolicyTail, CoverageSession session,
      CoverageContext context) {
    super(policy, beforePolicyTail, session, context);
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
            + lineList(e.getValue()) + " are unchanged."), CoverageRule.LEVELS_PER_SESSION);
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
        + " their own (same code and side modifiers) so that GA or GZ marks them alone.")
        .onLines(count.keySet()), CoverageRule.LEVELS_PER_SESSION);
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

}
