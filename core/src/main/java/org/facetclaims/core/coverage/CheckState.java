package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.LineKind;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;

/**
 * The state of one coverage check of one session: the policy, the session's lines and regions,
 * the context, the findings so far and the units each line has non-covered, with the helpers
 * every rule uses to mark lines and word findings. The rules are the layers above it, one group
 * each ({@link SessionChecks}, {@link LevelChecks}, {@link DiagnosisChecks}, {@link
 * AuthorizationChecks}, {@link HistoryChecks}); {@link SessionRun} runs them in order. One per
 * check; not thread-safe.
 */
abstract class CheckState {
  /** One billed unit of a facet line: its line, the joint if known, the sides it covers. */
  record Unit(int line, FacetJoint joint, int sides) {}

  static final int RIGHT = 1;
  static final int LEFT = 2;
  static final int NO_SIDE = 4;

  final CoveragePolicy policy;
  /** The fixed part of FC-601, built once by the checker. */
  final String beforePolicyTail;
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

  CheckState(CoveragePolicy policy, String beforePolicyTail, CoverageSession session,
      CoverageContext context) {
    this.policy = policy;
    this.beforePolicyTail = beforePolicyTail;
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

  static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten"};

  /** 2 gives "two"; numbers above ten stay digits. */
  static String words(int n) {
    return n >= 0 && n < WORDS.length ? WORDS[n] : Integer.toString(n);
  }

  /** "one level", "one or two levels", "up to 3 levels". */
  static String levelLimit(int max) {
    return max == 1 ? "one level" : max == 2 ? "one or two levels" : "up to " + words(max)
        + " levels";
  }

  static String days(Period p) {
    return p.getDays() % 7 == 0 && p.getMonths() == 0 && p.getYears() == 0
        ? p.getDays() / 7 + " weeks" : p.toString();
  }

  static Finding at(Finding f, DocumentedProcedure p) {
    return p.reference().isPresent() ? f.at(p.reference().get()) : f;
  }

  static String describe(PriorRfSession s) {
    return s.describe() + s.reference().map(r -> " [" + r + "]").orElse("") + ", relief "
        + Histories.relief(s.reliefPercent(), s.reliefMonths());
  }

  String blocks(Set<DiagnosticBlock> bs) {
    List<String> w = new ArrayList<>();
    for (DiagnosticBlock b : bs) {
      w.add(b.date() + " " + (b.jointsKnown() ? Histories.joints(b.joints()) : "joints not"
          + " recorded") + " " + (b.reliefPercent().isPresent() ? b.reliefPercent().getAsInt()
          + "%" : "relief not documented") + (b.imaging() == Imaging.UNKNOWN ? ""
          : " " + b.imaging().label() + (policy.coveredImaging().contains(b.imaging()) ? ""
          : " (not covered guidance: does not count)"))
          + b.reference().map(r -> " [" + r + "]").orElse(""));
    }
    return String.join("; ", w);
  }

  static String joinDates(Set<LocalDate> dates) {
    List<String> w = new ArrayList<>();
    for (LocalDate d : dates) {
      w.add(d.toString());
    }
    return String.join(", ", w);
  }

  static String displayAll(List<String> codes) {
    List<String> w = new ArrayList<>();
    for (String c : codes) {
      w.add(CoveragePolicy.displayIcd(c));
    }
    return String.join(", ", w);
  }
}
