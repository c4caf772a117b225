package org.facetclaims.core.audit;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.audit.PolicyDirectory.Resolution;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageRule;
import org.facetclaims.core.coverage.LevelCount;
import org.facetclaims.core.coverage.RegionChoice;
import org.facetclaims.core.coverage.RepeatRule;
import org.facetclaims.core.coverage.RollingWindows;
import org.facetclaims.core.coverage.ThoracolumbarJunction;

/**
 * The audit of one beneficiary's lines: sessions and their regions, then each session judged
 * under the rules of the policy in force for its contractor and date. The limits, dates and
 * lists are the session's {@link CoveragePolicy} and the rules the coverage checks' own ({@link
 * LevelCount}, {@link RegionChoice}, {@link RepeatRule}, {@link RollingWindows}, {@link
 * ThoracolumbarJunction}; diagnoses and blocks in {@link ClaimRules}); what is the audit's own is
 * the reading of claims: sessions by provider, sides from modifiers, KX blocks, the look-back.
 * One per call of {@link ClaimsAudit#audit}; not thread-safe.
 */
final class BeneficiaryRun {
  /** A session: one date, one rendering provider; its RF lines by region. */
  static final class Session {
    final LocalDate date;
    final Resolution policy;
    final EnumMap<JointFamily, Region> regions = new EnumMap<>(JointFamily.class);
    final List<Integer> rfLines = new ArrayList<>();

    Session(LocalDate date, Resolution policy) {
      this.date = date;
      this.policy = policy;
    }

    AppliedPolicy applied() {
      return policy.applied();
    }

    CoveragePolicy rules() {
      return policy.rules();
    }
  }

  /** The RF lines of one region in one session. */
  static final class Region {
    final Session session;
    final JointFamily family;
    final List<Integer> lines = new ArrayList<>();
    int sides;
    int units;
    /** Its position among the beneficiary's sessions of its region, in date order. */
    int index;

    Region(Session session, JointFamily family) {
      this.session = session;
      this.family = family;
    }
  }

  private record SessionKey(LocalDate date, String provider) {}

  private final PolicyDirectory policies;
  final List<CarrierLine> in;
  final FacetCode[] codes;
  final LineFlags flags;
  final ClaimRules claimRules;
  int sessionCount;
  int judged;

  BeneficiaryRun(ClaimsAudit audit, List<CarrierLine> in) {
    this.policies = audit.policies();
    this.in = in;
    int n = in.size();
    this.codes = new FacetCode[n];
    this.flags = new LineFlags(in);
    LocalDate first = null;
    for (int i = 0; i < n; i++) {
      CarrierLine l = Objects.requireNonNull(in.get(i), "line");
      if (l.readable()) {
        codes[i] = FacetCode.of(l.hcpcs()).orElse(null);
        if (first == null || l.dateOrNull().isBefore(first)) {
          first = l.dateOrNull();
        }
      }
    }
    this.claimRules = new ClaimRules(this, audit.historyFrom() != null ? audit.historyFrom()
        : first, audit.blockLookBack());
  }

  BeneficiaryAudit run() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      CarrierLine l = in.get(i);
      if (!l.readable()) {
        flags.flag(i, FindingCode.AUDIT_LINE_UNREADABLE, "audit: input", "Line " + l.row()
            + " not judged: " + String.join("; ", l.problems()) + ".", 0);
      } else {
        order.add(i);
      }
    }
    order.sort((a, b) -> AuditOrder.LINE_ORDER.compare(in.get(a), in.get(b)));
    Map<SessionKey, Session> sessions = new LinkedHashMap<>();
    for (int i : order) {
      CarrierLine l = in.get(i);
      FacetCode c = codes[i];
      if (c == null) {
        continue;
      }
      if (c.kind == FacetCode.Kind.BLOCK) {
        claimRules.block(l, c, policies.resolution(l.state(), l.dateOrNull()));
        continue;
      }
      Session s = sessions.computeIfAbsent(new SessionKey(l.dateOrNull(), l.provider()),
          k -> new Session(l.dateOrNull(), policies.resolution(l.state(), l.dateOrNull())));
      s.rfLines.add(i);
    }
    EnumMap<JointFamily, List<Region>> byFamily = new EnumMap<>(JointFamily.class);
    List<Session> ordered = new ArrayList<>(sessions.values());
    for (Session s : ordered) {
      split(s);
      for (Region r : s.regions.values()) {
        List<Region> same = byFamily.computeIfAbsent(r.family, k -> new ArrayList<>());
        r.index = same.size();
        same.add(r);
        sessionCount++;
      }
    }
    for (Session s : ordered) {
      judge(s, byFamily);
    }
    flags.amounts();
    return flags.finish(sessionCount, judged);
  }

  /** The session's RF lines by region, with the contractor's thoracolumbar rule. */
  private void split(Session s) {
    for (int i : s.rfLines) {
      s.regions.computeIfAbsent(codes[i].family, k -> new Region(s, k)).lines.add(i);
    }
    Region ct = s.regions.get(JointFamily.CERVICAL_THORACIC);
    Region ls = s.regions.get(JointFamily.LUMBAR_SACRAL);
    CoveragePolicy rules = s.rules();
    if (ct != null && ls != null && rules != null
        && ThoracolumbarJunction.inForce(rules, s.date)
        && ThoracolumbarJunction.claimShape(ct.lines.size(), primaries(ct), primaries(ls),
            ls.lines.size() - primaries(ls))) {
      ls.lines.addAll(0, ct.lines);
      s.regions.remove(JointFamily.CERVICAL_THORACIC);
      flags.flag(ct.lines.get(0), FindingCode.AUDIT_THORACOLUMBAR_ONE_SESSION,
          source(s, CoverageRule.THORACOLUMBAR_JUNCTION), in.get(ct.lines.get(0)).hcpcs()
          + " with 64636 on " + s.date + " under " + s.applied().contractorName()
          .orElse("the contractor") + ": T12-L1 with L1-L2, judged as one lumbar session.", 0);
    }
    for (Region r : s.regions.values()) {
      for (int i : r.lines) {
        int sd = sides(in.get(i));
        r.sides |= sd == 0 ? BOTH : sd;
        r.units += in.get(i).units();
      }
    }
  }

  private int primaries(Region r) {
    int n = 0;
    for (int i : r.lines) {
      if (codes[i].primary) {
        n++;
      }
    }
    return n;
  }

  private void judge(Session s, EnumMap<JointFamily, List<Region>> byFamily) {
    for (Region r : s.regions.values()) {
      for (int i : r.lines) {
        CarrierLine l = in.get(i);
        if (!codes[i].validOn(s.date)) {
          flags.flag(i, FindingCode.AUDIT_CODE_NOT_VALID_ON_DATE, "CPT Changes 2012 [H]",
              l.hcpcs() + " on " + s.date + (codes[i].edition == FacetCode.Edition.LEGACY
              ? " was deleted on 2012-01-01 (replaced by 64633-64636)"
              : " did not exist before 2012-01-01 (64622-64627 were the codes)")
              + "; every unit is counted.", l.units());
        }
      }
    }
    checkBillingFormat(s);
    AppliedPolicy p = s.applied();
    int first = s.rfLines.get(0);
    if (s.rules() == null) {
      flags.flag(first, FindingCode.AUDIT_POLICY_NOT_MODELLED, "coding-rules §6; "
          + p.describe(), "RF session on " + s.date + " is before the 2021 LCD took effect"
          + p.contractorName().map(c -> " for " + c).orElse("") + "; coverage not judged.", 0);
      return;
    }
    if (p.assumption() != null) {
      flags.flag(first, FindingCode.AUDIT_STATE_UNKNOWN, "medicare-policy-2024 §1; "
          + policies.catalog().sourceName(), "RF session on " + s.date + ": " + p.assumption()
          + ".", 0);
    }
    for (Region r : s.regions.values()) {
      judged++;
      List<Region> earlier = byFamily.get(r.family).subList(0, r.index);
      checkWindow(r, earlier);
      checkRepeat(r, earlier);
      checkLevels(r);
      claimRules.diagnoses(r);
      if (r.index == 0) {
        claimRules.blocks(r);
      }
    }
    if (s.regions.size() > 1 && s.rules().oneRegionPerSession()) {
      checkRegions(s);
    }
  }

  private void checkRegions(Session s) {
    Map<JointFamily, Integer> units = new EnumMap<>(JointFamily.class);
    for (Region r : s.regions.values()) {
      units.put(r.family, r.units);
    }
    JointFamily keep = RegionChoice.kept(units);
    Region kept = s.regions.get(keep);
    for (Region out : s.regions.values()) {
      if (out == kept) {
        continue;
      }
      for (int i : out.lines) {
        flags.flag(i, FindingCode.AUDIT_REGIONS_PER_SESSION,
            source(s, CoverageRule.ONE_REGION_PER_SESSION), "Two regions in one session on "
            + s.date + ": the " + out.family.label() + " lines (" + out.units + " units) are"
            + " not covered, the " + kept.family.label() + " lines (" + kept.units + " units)"
            + " are kept (" + RegionChoice.rule() + ").", in.get(i).units());
      }
    }
  }

  private void checkWindow(Region r, List<Region> earlier) {
    CoveragePolicy rules = r.session.rules();
    int max = rules.maxSessionsPerWindow();
    if (max <= 0) {
      return;
    }
    Period window = rules.sessionWindow();
    TreeSet<LocalDate> inWindow = new TreeSet<>();
    int count = 0;
    for (Region e : earlier) {
      if (RollingWindows.inWindow(e.session.date, r.session.date, window)) {
        count++;
        inWindow.add(e.session.date);
      }
    }
    if (count < max) {
      return;
    }
    String msg = capital(r.family.label()) + " RF session on " + r.session.date + " is number "
        + (count + 1) + " of its region in a rolling " + window.toTotalMonths()
        + " months (earlier: " + dates(inWindow) + "); at most " + max + " are covered.";
    for (int i : r.lines) {
      flags.flag(i, FindingCode.AUDIT_SESSIONS_PER_WINDOW,
          source(r.session, CoverageRule.SESSIONS_PER_WINDOW), msg, in.get(i).units());
    }
  }

  private void checkRepeat(Region r, List<Region> earlier) {
    Region last = null;
    for (Region e : earlier) {
      if (e.session.date.isBefore(r.session.date) && (e.sides & r.sides) != 0) {
        last = e;
      }
    }
    if (last == null) {
      return;
    }
    CoveragePolicy rules = r.session.rules();
    RepeatRule.FromClaims verdict = RepeatRule.fromClaims(rules, last.session.date,
        r.session.date);
    if (verdict == RepeatRule.FromClaims.NOT_TOO_SOON) {
      return;
    }
    long days = ChronoUnit.DAYS.between(last.session.date, r.session.date);
    int months = rules.repeatReliefMonths();
    String msg = capital(r.family.label()) + " RF on " + r.session.date + " (" + side(r.sides)
        + ") repeats the RF of " + last.session.date + " (" + side(last.sides) + ") after "
        + days + " days, less than " + months + " months: the relief-duration rule cannot have"
        + " been met";
    boolean review = verdict == RepeatRule.FromClaims.REVIEW;
    for (int i : r.lines) {
      flags.flag(i, review ? FindingCode.AUDIT_REPEAT_REVIEW : FindingCode.AUDIT_REPEAT_TOO_SOON,
          source(r.session, CoverageRule.REPEAT_RELIEF), msg + (review ? "; "
          + r.session.applied().text().label() + " also covers a repeat after functional"
          + " improvement on the same scale, which claims cannot show. Review the record;"
          + " not a denial." : "."), review ? 0 : in.get(i).units());
    }
  }

  /** The levels, counted from units and sides in the claim's level order. */
  private void checkLevels(Region r) {
    CoveragePolicy rules = r.session.rules();
    int max = rules.maxJointLevelsPerSession();
    int addOnUnits = 0;
    for (int i : r.lines) {
      addOnUnits += codes[i].primary ? 0 : Math.max(0, in.get(i).units());
    }
    if (addOnUnits + 1 <= max) {
      return; // each add-on unit is at most one level above the first: within the limit
    }
    int n = r.lines.size();
    int[] idx = new int[n];
    int k = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int i : r.lines) {
        // In a thoracolumbar session 64633 is the lumbar session's primary.
        if (codes[i].primary == (pass == 0)) {
          idx[k++] = i;
        }
      }
    }
    boolean[] addOn = new boolean[n];
    int[] units = new int[n];
    int[] sides = new int[n];
    for (int a = 0; a < n; a++) {
      CarrierLine l = in.get(idx[a]);
      addOn[a] = !codes[idx[a]].primary;
      units[a] = Math.max(0, l.units());
      sides[a] = LevelCount.sides(l.has("50"), l.has("RT"), l.has("LT"));
    }
    int[] beyond = new int[n];
    int levels = LevelCount.count(addOn, units, sides, max, beyond);
    if (max <= 0 || levels <= max) {
      return;
    }
    boolean nonCovered = rules.levelsBeyondLimitNonCovered();
    for (int a = 0; a < n; a++) {
      if (beyond[a] > 0) {
        int i = idx[a];
        String msg = levels + " " + r.family.label() + " levels in the session of "
            + r.session.date + ": " + beyond[a] + " of this line's " + in.get(i).units()
            + " units are beyond " + max + " levels";
        flags.flag(i, nonCovered ? FindingCode.AUDIT_LEVELS_EXCEEDED
            : FindingCode.AUDIT_LEVELS_REVIEW, source(r.session, CoverageRule.LEVELS_PER_SESSION),
            nonCovered ? msg + "." : msg + "; the " + r.session.applied().text().label()
            + " limits the levels but does not make the units beyond non-covered. Review;"
            + " nothing is counted.", nonCovered ? beyond[a] : 0);
      }
    }
  }

  private void checkBillingFormat(Session s) {
    Map<FacetCode, List<Integer>> rt = new EnumMap<>(FacetCode.class);
    Map<FacetCode, List<Integer>> lt = new EnumMap<>(FacetCode.class);
    for (int i : s.rfLines) {
      CarrierLine l = in.get(i);
      if (!codes[i].primary || l.has("50") || (l.has("RT") && l.has("LT"))) {
        continue;
      }
      if (l.has("RT")) {
        rt.computeIfAbsent(codes[i], k -> new ArrayList<>()).add(i);
      } else if (l.has("LT")) {
        lt.computeIfAbsent(codes[i], k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<FacetCode, List<Integer>> e : rt.entrySet()) {
      List<Integer> left = lt.get(e.getKey());
      if (left == null) {
        continue;
      }
      List<Integer> both = new ArrayList<>(e.getValue());
      both.addAll(left);
      both.sort(null);
      for (int i : both) {
        flags.flag(i, FindingCode.AUDIT_BILATERAL_FORMAT, "coding-rules §4 [H: MAC articles]",
            e.getKey().code + " on an RT line and an LT line of the session of " + s.date
            + ": Medicare bills a bilateral session on one line with modifier 50. Billing"
            + "-format review; nothing is counted.", 0);
      }
    }
  }

  // ---- helpers ----

  static final int RIGHT = 1;
  static final int LEFT = 2;
  static final int BOTH = 3;

  /** RIGHT, LEFT, BOTH (50, or RT and LT on one line) or 0 (no side modifier). */
  private static int sides(CarrierLine l) {
    if (l.has("50")) {
      return BOTH;
    }
    return (l.has("RT") ? RIGHT : 0) | (l.has("LT") ? LEFT : 0);
  }

  private static String side(int sides) {
    return sides == RIGHT ? "right" : sides == LEFT ? "left" : "both sides or side not billed";
  }

  /** The rule's source in the session's policy, and the policy applied. */
  static String source(Session s, CoverageRule rule) {
    return s.rules().source(rule) + "; " + s.applied().describe();
  }

  static String dates(Collection<LocalDate> dates) {
    List<String> w = new ArrayList<>(dates.size());
    for (LocalDate d : dates) {
      w.add(d.toString());
    }
    return String.join(", ", w);
  }

  static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Each pair of regions as a set, made once: [session's region][code's region]. */
  private static final Set<JointFamily>[][] REGION_SETS = regionSets();

  @SuppressWarnings("unchecked")
  private static Set<JointFamily>[][] regionSets() {
    JointFamily[] f = JointFamily.values();
    Set<JointFamily>[][] sets = new Set[f.length][f.length];
    for (JointFamily a : f) {
      for (JointFamily b : f) {
        sets[a.ordinal()][b.ordinal()] = a == b ? Set.of(a) : Set.of(a, b);
      }
    }
    return sets;
  }

  /** The regions a line's diagnosis may support: the session's region and the code's own. */
  static Set<JointFamily> regions(JointFamily a, JointFamily b) {
    return REGION_SETS[a.ordinal()][b.ordinal()];
  }
}
