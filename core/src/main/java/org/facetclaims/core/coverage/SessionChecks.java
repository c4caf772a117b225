package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;

/**
 * The rules about the session itself: the history it was given (dates after it, values out of
 * range), the contractor's thoracolumbar junction, the technique and guidance of its procedures,
 * and one region per session (the 2024 text).
 */
abstract class SessionChecks extends CheckState {
  SessionChecks(CoveragePolicy policy, String beforePolicyTail, CoverageSession session,
      CoverageContext context) {
    super(policy, beforePolicyTail, session, context);
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
            + " is not covered; " + notations(ofProc) + " expected to be denied."), proc)
            .onLines(ofProc), CoverageRule.METHOD);
      }
      Imaging im = proc.imaging();
      if (im != Imaging.UNKNOWN && !policy.coveredImaging().contains(im)) {
        mark(ofProc, FindingCode.COVERAGE_IMAGING_NOT_COVERED);
        add(at(Finding.of(FindingCode.COVERAGE_IMAGING_NOT_COVERED, label + ": "
            + im.label() + " is not covered (the policy requires " + imagingList() + "); "
            + notations(ofProc) + " expected to be denied."), proc).onLines(ofProc),
            CoverageRule.IMAGING);
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
          + " units; " + RegionChoice.rule() + "), so " + notations(e.getValue())
          + " expected to be denied."),
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

}
