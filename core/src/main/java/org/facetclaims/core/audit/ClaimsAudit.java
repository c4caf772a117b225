package org.facetclaims.core.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.JointFamily;

/**
 * The payment-integrity audit of one beneficiary's claim lines, from the claims alone
 * (audit.md "Rules, from claims alone"): sessions, regions, levels, the rolling 12 months, the
 * six-month repeat, diagnoses, one region per session and the billing format, each judged under
 * the policy text in force for the line's contractor and date ({@link PolicyDirectory}).
 *
 * <p>Pure and engine-neutral: give it every line of one beneficiary, in any order, and it returns
 * the same {@link BeneficiaryAudit} whether the lines were grouped by DuckDB, Spark or a list in a
 * test. What claims cannot show (relief, function, imaging) is never guessed: the missing
 * diagnostic blocks of an initial RF are a review finding, and the look-back before {@link
 * Builder#historyFrom the first date in the data} is unknown history. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimsAudit audit = ClaimsAudit.builder().historyFrom(LocalDate.of(2022, 1, 1)).build();
 * BeneficiaryAudit result = audit.audit(linesOfOneBeneficiary);
 * result.verdicts().get(0).unitsNotCovered();
 * }</pre>
 */
public final class ClaimsAudit {
  /** Most levels per region per session (coding-rules §6; medicare-policy-2024 §2). */
  public static final int MAX_LEVELS = 2;
  /** Most RF sessions per region in {@link #SESSION_WINDOW}. */
  public static final int MAX_SESSIONS = 2;
  /** The rolling window: an earlier session on D counts against S when D <= S < D + 12 months. */
  public static final Period SESSION_WINDOW = Period.ofMonths(12);
  /** A repeat at the same site sooner than this after the last one cannot meet the relief rule. */
  public static final Period REPEAT_INTERVAL = Period.ofMonths(6);
  /** Under the 2024 text the second diagnostic block must come at least 2 weeks after the first. */
  public static final int SECOND_BLOCK_MIN_DAYS = 14;
  /** CGS thoracolumbar billing (A58364) from this date. */
  public static final LocalDate CGS_THORACOLUMBAR_FROM = LocalDate.of(2025, 1, 1);

  private static final ClaimsAudit STANDARD = builder().build();
  private static final int RIGHT = 1;
  private static final int LEFT = 2;
  private static final int BOTH = 3;

  private final PolicyDirectory policies;
  private final LocalDate historyFrom;
  private final Period blockLookBack;

  private ClaimsAudit(Builder b) {
    this.policies = b.policies;
    this.historyFrom = b.historyFrom;
    this.blockLookBack = b.blockLookBack;
  }

  /** The audit with the Medicare directory, a 12-month block look-back, history from each
   * beneficiary's first line. */
  public static ClaimsAudit standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The first date the data covers; null when each beneficiary's first line is taken. */
  public LocalDate historyFrom() {
    return historyFrom;
  }

  /** How far before an initial RF the diagnostic blocks are looked for. */
  public Period blockLookBack() {
    return blockLookBack;
  }

  /** The policy directory. */
  public PolicyDirectory policies() {
    return policies;
  }

  /**
   * Audits every claim line of one beneficiary (any order; lines that cannot be read are
   * returned with finding FC-815 and nothing counted).
   *
   * @throws NullPointerException when lines or one of them is null
   */
  public BeneficiaryAudit audit(List<CarrierLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return new Run(lines).run();
  }

  /** Builds a {@link ClaimsAudit}. Not thread-safe. */
  public static final class Builder {
    private PolicyDirectory policies = PolicyDirectory.medicare();
    private LocalDate historyFrom;
    private Period blockLookBack = Period.ofMonths(12);

    private Builder() {}

    /** The policy directory (default {@link PolicyDirectory#medicare()}). */
    public Builder policies(PolicyDirectory policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /**
     * The first date of service the data covers (an engine passes the earliest date of the
     * whole input, so that every engine judges alike): a look-back reaching before it is unknown
     * history. Default: each beneficiary's earliest line.
     */
    public Builder historyFrom(LocalDate date) {
      this.historyFrom = date;
      return this;
    }

    /** How far before an initial RF diagnostic blocks are looked for (default 12 months). */
    public Builder blockLookBack(Period period) {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("The look-back must be positive: " + period);
      }
      this.blockLookBack = period;
      return this;
    }

    public ClaimsAudit build() {
      return new ClaimsAudit(this);
    }
  }

  // ------------------------------------------------------------------------------------------

  /** A session: one date, one rendering provider; its RF lines by region. */
  private static final class Session {
    final LocalDate date;
    final String provider;
    final AppliedPolicy policy;
    final EnumMap<JointFamily, RegionSession> regions = new EnumMap<>(JointFamily.class);
    final List<Integer> rfLines = new ArrayList<>();

    Session(LocalDate date, String provider, AppliedPolicy policy) {
      this.date = date;
      this.provider = provider;
      this.policy = policy;
    }
  }

  /** The RF lines of one region in one session. */
  private static final class RegionSession {
    final Session session;
    final JointFamily family;
    final List<Integer> lines = new ArrayList<>();
    int sides;
    int units;
    /** Its position among the beneficiary's sessions of its region, in date order. */
    int index;

    RegionSession(Session session, JointFamily family) {
      this.session = session;
      this.family = family;
    }
  }

  private record SessionKey(LocalDate date, String provider) {}

  /** A diagnostic block session of a region. */
  private record Block(LocalDate date, JointFamily family, boolean diagnostic) {}

  private final class Run {
    final List<CarrierLine> in;
    final FacetCode[] codes;
    final int[] notCovered;
    final List<List<AuditFinding>> found;
    final List<Block> blocks = new ArrayList<>();
    final LocalDate dataStart;
    int sessionCount;
    int judged;

    Run(List<CarrierLine> in) {
      this.in = in;
      int n = in.size();
      this.codes = new FacetCode[n];
      this.notCovered = new int[n];
      this.found = new ArrayList<>(n);
      LocalDate first = null;
      for (int i = 0; i < n; i++) {
        CarrierLine l = Objects.requireNonNull(in.get(i), "line");
        found.add(new ArrayList<>(0));
        if (l.readable()) {
          codes[i] = FacetCode.of(l.hcpcs()).orElse(null);
          if (first == null || l.dateOrNull().isBefore(first)) {
            first = l.dateOrNull();
          }
        }
      }
      this.dataStart = historyFrom != null ? historyFrom : first;
    }

    BeneficiaryAudit run() {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < in.size(); i++) {
        CarrierLine l = in.get(i);
        if (!l.readable()) {
          flag(i, FindingCode.AUDIT_LINE_UNREADABLE, "audit: input", "Line " + l.row()
              + " not judged: " + String.join("; ", l.problems()) + ".", 0);
        } else {
          order.add(i);
        }
      }
      order.sort(lineOrder());
      Map<SessionKey, Session> sessions = new LinkedHashMap<>();
      for (int i : order) {
        CarrierLine l = in.get(i);
        FacetCode c = codes[i];
        if (c == null) {
          continue;
        }
        if (c.kind == FacetCode.Kind.BLOCK) {
          AppliedPolicy p = policies.resolve(l.state(), l.dateOrNull());
          blocks.add(new Block(l.dateOrNull(), c.family,
              l.has("KX") || p.text() == PolicyText.NOT_MODELLED));
          continue;
        }
        SessionKey key = new SessionKey(l.dateOrNull(), l.provider());
        Session s = sessions.computeIfAbsent(key, k -> new Session(l.dateOrNull(), l.provider(),
            policies.resolve(l.state(), l.dateOrNull())));
        s.rfLines.add(i);
      }
      EnumMap<JointFamily, List<RegionSession>> byFamily = new EnumMap<>(JointFamily.class);
      List<Session> ordered = new ArrayList<>(sessions.values());
      for (Session s : ordered) {
        split(s);
        for (RegionSession r : s.regions.values()) {
          List<RegionSession> same = byFamily.computeIfAbsent(r.family, k -> new ArrayList<>());
          r.index = same.size();
          same.add(r);
          sessionCount++;
        }
      }
      for (Session s : ordered) {
        judge(s, byFamily);
      }
      for (int i = 0; i < in.size(); i++) {
        CarrierLine l = in.get(i);
        if (!l.amountProblems().isEmpty()) {
          flag(i, FindingCode.AUDIT_AMOUNT_UNREADABLE, "audit: input", "Line " + l.row() + ": "
              + String.join("; ", l.amountProblems()) + "; the amount at risk is not computed.", 0);
        } else if (notCovered[i] > 0 && l.paid().isEmpty()) {
          flag(i, FindingCode.AUDIT_AMOUNT_UNREADABLE, "audit: input", "Line " + l.row()
              + ": LINE_NCH_PMT_AMT is empty; the amount at risk is not computed.", 0);
        }
      }
      return finish();
    }

    /** The session's RF lines by region, with the CGS thoracolumbar rule. */
    void split(Session s) {
      for (int i : s.rfLines) {
        JointFamily f = codes[i].family;
        RegionSession r = s.regions.computeIfAbsent(f, k -> new RegionSession(s, k));
        r.lines.add(i);
      }
      RegionSession ct = s.regions.get(JointFamily.CERVICAL_THORACIC);
      RegionSession ls = s.regions.get(JointFamily.LUMBAR_SACRAL);
      if (ct != null && ls != null && s.policy.isCgs()
          && !s.date.isBefore(CGS_THORACOLUMBAR_FROM) && only(ct, FacetCode.RF_64633)
          && only(ls, FacetCode.RF_64636)) {
        ls.lines.addAll(0, ct.lines);
        s.regions.remove(JointFamily.CERVICAL_THORACIC);
        flag(ct.lines.get(0), FindingCode.AUDIT_THORACOLUMBAR_ONE_SESSION, s.policy.describe()
            + "; CGS A58364 rev. 2025-01-01 [H]", "64633 with 64636 on " + s.date
            + " in a CGS state: T12-L1 with L1-L2, judged as one lumbar session.", 0);
      }
      for (RegionSession r : s.regions.values()) {
        for (int i : r.lines) {
          int sd = sides(in.get(i));
          r.sides |= sd == 0 ? BOTH : sd;
          r.units += in.get(i).units();
        }
      }
    }

    boolean only(RegionSession r, FacetCode c) {
      for (int i : r.lines) {
        if (codes[i] != c) {
          return false;
        }
      }
      return true;
    }

    void judge(Session s, EnumMap<JointFamily, List<RegionSession>> byFamily) {
      for (RegionSession r : s.regions.values()) {
        for (int i : r.lines) {
          CarrierLine l = in.get(i);
          if (!codes[i].validOn(s.date)) {
            flag(i, FindingCode.AUDIT_CODE_NOT_VALID_ON_DATE, "CPT Changes 2012 [H]", l.hcpcs()
                + " on " + s.date + (codes[i].edition == FacetCode.Edition.LEGACY
                ? " was deleted on 2012-01-01 (replaced by 64633-64636)"
                : " did not exist before 2012-01-01 (64622-64627 were the codes)")
                + "; every unit is counted.", l.units());
          }
        }
      }
      checkBillingFormat(s);
      AppliedPolicy p = s.policy;
      int first = s.rfLines.get(0);
      if (p.text() == PolicyText.NOT_MODELLED) {
        flag(first, FindingCode.AUDIT_POLICY_NOT_MODELLED, "coding-rules §6; " + p.describe(),
            "RF session on " + s.date + " is before the 2021 LCD took effect"
            + p.contractorName().map(c -> " for " + c).orElse("") + "; coverage not judged.", 0);
        return;
      }
      if (p.assumption() != null) {
        flag(first, FindingCode.AUDIT_STATE_UNKNOWN, "medicare-policy-2024 §1", "RF session on "
            + s.date + ": " + p.assumption() + ".", 0);
      }
      for (RegionSession r : s.regions.values()) {
        judged++;
        List<RegionSession> same = byFamily.get(r.family);
        int k = r.index;
        checkWindow(r, same.subList(0, k));
        checkRepeat(r, same.subList(0, k));
        checkLevels(r);
        checkDiagnoses(r);
        if (k == 0) {
          checkBlocks(r);
        }
      }
      if (s.regions.size() > 1 && p.text() == PolicyText.LCD_2024) {
        RegionSession ct = s.regions.get(JointFamily.CERVICAL_THORACIC);
        RegionSession ls = s.regions.get(JointFamily.LUMBAR_SACRAL);
        RegionSession out = ct.units < ls.units ? ct : ls;
        RegionSession kept = out == ct ? ls : ct;
        for (int i : out.lines) {
          flag(i, FindingCode.AUDIT_REGIONS_PER_SESSION, source(p, "one spinal region per"
              + " session [M]"), "Two regions in one session on " + s.date + ": the "
              + out.family.label() + " lines (" + out.units + " units) are not covered, the "
              + kept.family.label() + " lines (" + kept.units + " units) are kept (the region"
              + " with fewer units is not covered, lumbar/sacral on a tie).",
              in.get(i).units());
        }
      }
    }

    void checkWindow(RegionSession r, List<RegionSession> earlier) {
      TreeSet<LocalDate> inWindow = new TreeSet<>();
      int count = 0;
      for (RegionSession e : earlier) {
        if (r.session.date.isBefore(e.session.date.plus(SESSION_WINDOW))) {
          count++;
          inWindow.add(e.session.date);
        }
      }
      if (count >= MAX_SESSIONS) {
        String msg = capital(r.family.label()) + " RF session on " + r.session.date
            + " is number " + (count + 1) + " of its region in a rolling 12 months (earlier: "
            + dates(inWindow) + "); at most " + MAX_SESSIONS + " are covered.";
        for (int i : r.lines) {
          flag(i, FindingCode.AUDIT_SESSIONS_PER_WINDOW, source(r.session.policy,
              "at most 2 RF sessions per region per rolling 12 months [H]"), msg,
              in.get(i).units());
        }
      }
    }

    void checkRepeat(RegionSession r, List<RegionSession> earlier) {
      RegionSession last = null;
      for (RegionSession e : earlier) {
        if (e.session.date.isBefore(r.session.date) && (e.sides & r.sides) != 0) {
          last = e;
        }
      }
      if (last == null || !r.session.date.isBefore(last.session.date.plus(REPEAT_INTERVAL))) {
        return;
      }
      long days = ChronoUnit.DAYS.between(last.session.date, r.session.date);
      String msg = capital(r.family.label()) + " RF on " + r.session.date + " (" + side(r.sides)
          + ") repeats the RF of " + last.session.date + " (" + side(last.sides) + ") after "
          + days + " days, less than 6 months: the relief-duration rule cannot have been met.";
      for (int i : r.lines) {
        flag(i, FindingCode.AUDIT_REPEAT_TOO_SOON, source(r.session.policy,
            "repeat RF after relief lasting at least 6 months"
            + (r.session.policy.text() == PolicyText.LCD_2024 ? " [M]" : " [H]")), msg,
            in.get(i).units());
      }
    }

    void checkLevels(RegionSession r) {
      List<Integer> addOns = new ArrayList<>();
      boolean primary = false;
      for (int i : r.lines) {
        // In a CGS thoracolumbar session 64633 is the lumbar session's primary.
        if (codes[i].primary) {
          primary = true;
        } else {
          addOns.add(i);
        }
      }
      int allowed = MAX_LEVELS - (primary ? 1 : 0);
      int right = 0;
      int left = 0;
      int none = 0;
      int[] denied = new int[addOns.size()];
      for (int a = 0; a < addOns.size(); a++) {
        CarrierLine l = in.get(addOns.get(a));
        int u = l.units();
        int sd = sides(l);
        boolean pair = l.has("RT") && l.has("LT") && !l.has("50");
        int current = sd == BOTH ? Math.max(right, left) : sd == RIGHT ? right
            : sd == LEFT ? left : none;
        int room = Math.max(0, allowed - current);
        int ok = Math.min(u, pair ? 2 * room : room);
        denied[a] = u - ok;
        int levels = pair ? (u + 1) / 2 : u;
        if ((sd & RIGHT) != 0) {
          right += levels;
        }
        if ((sd & LEFT) != 0) {
          left += levels;
        }
        if (sd == 0) {
          none += levels;
        }
      }
      int levels = (primary ? 1 : 0) + Math.max(none, Math.max(right, left));
      if (levels <= MAX_LEVELS) {
        return;
      }
      for (int a = 0; a < addOns.size(); a++) {
        if (denied[a] > 0) {
          int i = addOns.get(a);
          flag(i, FindingCode.AUDIT_LEVELS_EXCEEDED, source(r.session.policy,
              "one to two levels per session per spine region [H]"), levels + " "
              + r.family.label() + " levels in the session of " + r.session.date + ": "
              + denied[a] + " of this line's " + in.get(i).units() + " units are beyond "
              + MAX_LEVELS + " levels.", denied[a]);
        }
      }
    }

    void checkDiagnoses(RegionSession r) {
      AppliedPolicy p = r.session.policy;
      for (int i : r.lines) {
        CarrierLine l = in.get(i);
        if (l.diagnoses().isEmpty()) {
          flag(i, FindingCode.AUDIT_DIAGNOSIS_MISSING, policies.diagnosisSource(p), "Line "
              + l.row() + " carries no diagnosis; the covered-diagnosis rule is not judged.", 0);
          continue;
        }
        boolean covered = false;
        boolean otherRegion = false;
        for (String dx : l.diagnoses()) {
          var regions = policies.coveredRegions(dx, p);
          if (regions.isPresent()) {
            if (regions.get().contains(r.family) || regions.get().contains(codes[i].family)) {
              covered = true;
            } else {
              otherRegion = true;
            }
          }
        }
        if (covered) {
          continue;
        }
        String dxs = String.join(", ", l.diagnoses());
        if (otherRegion) {
          flag(i, FindingCode.AUDIT_DIAGNOSIS_OTHER_REGION, policies.diagnosisSource(p),
              "Diagnosis " + dxs + " is covered for another region than this "
              + r.family.label() + " line; review.", 0);
        } else {
          flag(i, FindingCode.AUDIT_DIAGNOSIS_NOT_COVERED, policies.diagnosisSource(p),
              "Diagnosis " + dxs + " is not on the covered list; every unit of " + l.hcpcs()
              + " is counted.", l.units());
        }
      }
    }

    void checkBlocks(RegionSession r) {
      LocalDate rf = r.session.date;
      LocalDate from = rf.minus(blockLookBack);
      TreeSet<LocalDate> dates = new TreeSet<>();
      for (Block b : blocks) {
        if (b.family == r.family && b.diagnostic && b.date.isBefore(rf) && !b.date.isBefore(from)) {
          dates.add(b.date);
        }
      }
      boolean met;
      if (r.session.policy.text() == PolicyText.LCD_2024) {
        met = dates.size() >= 2 && ChronoUnit.DAYS.between(dates.first(), dates.last())
            >= SECOND_BLOCK_MIN_DAYS;
      } else {
        met = dates.size() >= 2;
      }
      if (met) {
        return;
      }
      String seen = dates.isEmpty() ? "none" : dates(dates);
      int first = r.lines.get(0);
      if (dataStart == null || from.isBefore(dataStart)) {
        flag(first, FindingCode.AUDIT_HISTORY_UNKNOWN, "audit: unknown history", "Initial "
            + r.family.label() + " RF on " + rf + ": its block look-back from " + from
            + " reaches before the first date in the data (" + dataStart + "); diagnostic"
            + " blocks seen: " + seen + ".", 0);
      } else {
        flag(first, FindingCode.AUDIT_BLOCKS_NOT_SEEN, source(r.session.policy,
            "initial RF after two diagnostic medial branch blocks [H]"), "Initial "
            + r.family.label() + " RF on " + rf + ": fewer than two qualifying diagnostic block"
            + " sessions of the region from " + from + " (seen: " + seen + "; KX marks a"
            + " diagnostic block" + (r.session.policy.text() == PolicyText.LCD_2024
            ? ", the second at least " + SECOND_BLOCK_MIN_DAYS + " days after the first" : "")
            + "). Review the records; not a denial.", 0);
      }
    }

    void checkBillingFormat(Session s) {
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
          flag(i, FindingCode.AUDIT_BILATERAL_FORMAT, "coding-rules §4 [H: MAC articles]",
              e.getKey().code + " on an RT line and an LT line of the session of " + s.date
              + ": Medicare bills a bilateral session on one line with modifier 50. Billing"
              + "-format review; nothing is counted.", 0);
        }
      }
    }

    // ---- helpers ----

    void flag(int i, FindingCode code, String source, String message, int units) {
      CarrierLine l = in.get(i);
      int u = Math.max(0, Math.min(units, Math.max(0, l.units())));
      found.get(i).add(new AuditFinding(l.row(), l.beneficiary(), l.claimId(), l.lineNumber(),
          l.dateOrNull(), code, source, message, u, amount(l, u)));
      notCovered[i] = Math.max(notCovered[i], u);
    }

    BeneficiaryAudit finish() {
      ImmutableList.Builder<LineVerdict> verdicts = ImmutableList.builderWithExpectedSize(
          in.size());
      List<AuditFinding> all = new ArrayList<>();
      for (int i = 0; i < in.size(); i++) {
        CarrierLine l = in.get(i);
        verdicts.add(new LineVerdict(l, notCovered[i], amount(l, notCovered[i]),
            ImmutableList.copyOf(found.get(i))));
        all.addAll(found.get(i));
      }
      all.sort(FINDING_ORDER);
      return new BeneficiaryAudit(verdicts.build(), ImmutableList.copyOf(all), sessionCount,
          judged);
    }

    Comparator<Integer> lineOrder() {
      return (a, b) -> LINE_ORDER.compare(in.get(a), in.get(b));
    }
  }

  /** Lines in date, provider, claim, line number, input row order (dates read). */
  static final Comparator<CarrierLine> LINE_ORDER = (a, b) -> {
    int c = a.dateOrNull().compareTo(b.dateOrNull());
    if (c == 0) {
      c = a.provider().compareTo(b.provider());
    }
    if (c == 0) {
      c = a.claimId().compareTo(b.claimId());
    }
    if (c == 0) {
      c = compareNumbers(a.lineNumber(), b.lineNumber());
    }
    return c != 0 ? c : Long.compare(a.row(), b.row());
  };

  /** Findings in date, claim, line number, input row, rule order. */
  static final Comparator<AuditFinding> FINDING_ORDER = Comparator
      .comparing(AuditFinding::sessionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(AuditFinding::claimId)
      .thenComparing(AuditFinding::lineNumber, ClaimsAudit::compareNumbers)
      .thenComparingLong(AuditFinding::row)
      .thenComparing(AuditFinding::code);

  /** Numbers by value ("2" before "10"), anything else as text after them. */
  static int compareNumbers(String a, String b) {
    boolean na = isNumber(a);
    boolean nb = isNumber(b);
    if (na && nb) {
      int c = Integer.compare(stripZeros(a).length(), stripZeros(b).length());
      return c != 0 ? c : stripZeros(a).compareTo(stripZeros(b));
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  /** LINE_NCH_PMT_AMT × units / LINE_SRVC_CNT, half up to the cent; 0.00 when not computable. */
  static BigDecimal amount(CarrierLine l, int units) {
    if (units <= 0 || l.units() <= 0 || l.paid().isEmpty() || !l.amountProblems().isEmpty()) {
      return ZERO;
    }
    return l.paid().get().multiply(BigDecimal.valueOf(units))
        .divide(BigDecimal.valueOf(l.units()), 2, RoundingMode.HALF_UP);
  }

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

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

  private static String source(AppliedPolicy p, String rule) {
    String doc = p.text() == PolicyText.LCD_2024 ? "medicare-policy-2024 §2" : "coding-rules §6";
    return doc + ": " + rule + "; " + p.describe();
  }

  private static String dates(java.util.Collection<LocalDate> dates) {
    List<String> w = new ArrayList<>(dates.size());
    for (LocalDate d : dates) {
      w.add(d.toString());
    }
    return String.join(", ", w);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
