package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueEntry;
import org.facetclaims.core.edits.PtpEdit;
import org.facetclaims.core.payer.BillingConvention;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

/**
 * The coding steps. Stateless apart from its configuration; each call works in its own
 * {@link Run}. Units are bit sets: bit i of a joint set is {@code FacetJoint.values()[i]}, bit i
 * of a nerve set is {@code Nerve.values()[i]}; side index 0 is right, 1 left, 2 not documented.
 */
final class SessionCoder {
  static final int RIGHT = 0;
  static final int LEFT = 1;
  static final int NO_SIDE = 2;
  static final int DESTRUCTION = 0;
  static final int UNLISTED = 1;

  private static final FacetJoint[] JOINTS = FacetJoint.values();
  private static final Nerve[] NERVES = Nerve.values();
  private static final JointFamily[] FAMILIES = JointFamily.values();
  /** Nerve set of each joint (0 for C0-C1 and C1-C2). */
  private static final int[] JOINT_NERVES = new int[JOINTS.length];
  /** Joint bits per family, and nerve bits per family (legacy counting). */
  private static final int[] FAMILY_JOINTS = new int[2];
  private static final int[] FAMILY_NERVES = new int[2];
  private static final int NON_REPORTABLE = bit(FacetJoint.C0_C1) | bit(FacetJoint.C1_C2);
  private static final int[] SIDES_RIGHT = {RIGHT};
  private static final int[] SIDES_LEFT = {LEFT};
  private static final int[] SIDES_BOTH = {RIGHT, LEFT};
  private static final int[] SIDES_NONE = {NO_SIDE};
  private static final String[] SIDE_WORDS = {"right", "left", "side not documented"};

  private static final ImmutableList<Modifier> NO_MODS = ImmutableList.of();
  private static final ImmutableList<Modifier> MOD_50 = ImmutableList.of(Modifier.BILATERAL);
  private static final ImmutableList<Modifier> MOD_RT = ImmutableList.of(Modifier.RIGHT);
  private static final ImmutableList<Modifier> MOD_LT = ImmutableList.of(Modifier.LEFT);
  private static final ImmutableList<Modifier> MOD_RT_LT =
      ImmutableList.of(Modifier.RIGHT, Modifier.LEFT);
  private static final ImmutableList<Modifier> MOD_26 =
      ImmutableList.of(Modifier.PROFESSIONAL_COMPONENT);

  // Rules named in line rationales: [unit][convention][primary=0, add-on=1].
  private static final String RULE_JOINT =
      "one unit per facet joint per side; both nerves of a joint count once (coding-rules §2, CMS A58350)";
  private static final String RULE_NERVE =
      "legacy edition: one unit per nerve per side; a nerve shared by two joints counts once (coding-rules §2-3)";
  private static final String[][] RULE_CONVENTION = {
      {"modifier-50: the first bilateral level (else one joint of the side with more joints, right on a tie) is the primary (coding-rules §4)",
          "modifier-50: further bilateral levels take 50, one-sided joints RT or LT, as add-on units (coding-rules §4)"},
      {"rt-lt-lines: each side's first joint is a primary with RT or LT (coding-rules §4)",
          "rt-lt-lines: each side's other joints are add-on units with its modifier (coding-rules §4)"},
      {"single-line-units: one primary line; quantity is the sides of its joint level (coding-rules §4)",
          "single-line-units: one add-on line with all remaining units of both sides (coding-rules §4)"}};
  private static final ImmutableList<String>[][][] RULES = buildRules();
  private static final ImmutableList<String> RULES_UNLISTED = ImmutableList.of(
      "one 64999 line, quantity 1, per code family per session, sides in the description (coding-rules §2)");
  private static final ImmutableList<String> RULES_IMAGING = ImmutableList.of(
      "legacy edition: imaging guidance reported separately, one unit per session (coding-rules §2)");

  // Unlisted reasons, as bits.
  private static final int R_PULSED = 1;
  private static final int R_CHEMICAL = 2;
  private static final int R_LOW_TEMP = 4;
  private static final int R_CRYO_LASER = 8;
  private static final int R_IMAGING = 16;
  private static final int R_NOT_REPORTABLE = 32;

  static {
    for (FacetJoint j : JOINTS) {
      int m = 0;
      for (Nerve n : j.nerves()) {
        m |= bit(n);
      }
      JOINT_NERVES[j.ordinal()] = m;
      if (j.family().isPresent()) {
        FAMILY_JOINTS[j.family().get().ordinal()] |= bit(j);
      }
    }
    for (Nerve n : NERVES) {
      FAMILY_NERVES[n.legacyFamily().ordinal()] |= bit(n);
    }
  }

  private static final int NOT_FIXED = Integer.MIN_VALUE;

  private final CodeSetEditions editions;
  private final EditTables edits;
  private final Clock clock;
  /** The clock zone's UTC offset in seconds when it never changes, else {@link #NOT_FIXED}. */
  private final int fixedOffsetSeconds;

  SessionCoder(CodeSetEditions editions, EditTables edits, Clock clock) {
    this.editions = editions;
    this.edits = edits;
    this.clock = clock;
    ZoneRules rules = clock.getZone().getRules();
    this.fixedOffsetSeconds = rules.isFixedOffset()
        ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : NOT_FIXED;
  }

  /** Today's date on the clock, as an epoch day, without allocating for fixed-offset zones. */
  private long todayEpochDay() {
    if (fixedOffsetSeconds == NOT_FIXED) {
      return LocalDate.now(clock).toEpochDay();
    }
    return Math.floorDiv(Math.floorDiv(clock.millis(), 1000L) + fixedOffsetSeconds, 86_400L);
  }

  CodeSetEditions editions() {
    return editions;
  }

  EditTables edits() {
    return edits;
  }

  CodingResult code(CodingSession session, PayerProfile profile) {
    return new Run(session, profile, null).execute();
  }

  ImmutableList<TraceStep> trace(CodingSession session, PayerProfile profile) {
    List<TraceStep> trace = new ArrayList<>();
    new Run(session, profile, trace).execute();
    return ImmutableList.copyOf(trace);
  }

  private static int bit(FacetJoint j) {
    return 1 << j.ordinal();
  }

  private static int bit(Nerve n) {
    return 1 << n.ordinal();
  }

  @SuppressWarnings("unchecked")
  private static ImmutableList<String>[][][] buildRules() {
    ImmutableList<String>[][][] r = new ImmutableList[2][3][2];
    for (int u = 0; u < 2; u++) {
      for (int c = 0; c < 3; c++) {
        for (int k = 0; k < 2; k++) {
          r[u][c][k] = ImmutableList.of(u == 0 ? RULE_JOINT : RULE_NERVE, RULE_CONVENTION[c][k]);
        }
      }
    }
    return r;
  }

  /** One coding of one session. Not shared between threads. */
  private final class Run {
    private final CodingSession session;
    private final PayerProfile profile;
    private final List<TraceStep> trace;
    private final LocalDate date;
    private final List<Finding> findings = new ArrayList<>(4);
    private CodeSetEdition edition;
    private boolean perNerve;
    private int[] routeReasons;
    /** While false, findings are not recorded (the alternative reading of level lists). */
    private boolean emit = true;
    /** While true, nothing is traced (restoring state that the trace already shows). */
    private boolean quiet;
    private boolean hasNerveReading;

    // Collected and resolved units: [route][side].
    private final int[][] joints = new int[2][3];
    private final int[][] nerves = new int[2][3];
    private final int[] nonReportable = new int[3];
    private final int[][] units = new int[2][3];
    /** Procedures contributing to each route and family: [route][family]. */
    private final long[][] procs = new long[2][2];

    Run(CodingSession session, PayerProfile profile, List<TraceStep> trace) {
      this.session = session;
      this.profile = profile;
      this.trace = trace;
      this.date = session.dateOfService();
    }

    CodingResult execute() {
      if (!selectEdition()) {
        return result(ImmutableList.of());
      }
      route();
      ImmutableList<ClaimLine>[] byFamily = codeFamilies(false);
      if (hasNerveReading) {
        compareReadings(byFamily);
      }
      List<ClaimLine> lines = new ArrayList<>(byFamily[0].size() + byFamily[1].size() + 1);
      for (ImmutableList<ClaimLine> f : byFamily) {
        for (int i = 0; i < f.size(); i++) {
          lines.add(f.get(i));
        }
      }
      addImaging(lines);
      applyEdits(lines);
      return result(ImmutableList.copyOf(lines));
    }

    private CodingResult result(ImmutableList<ClaimLine> lines) {
      if (findings.size() > 1) {
        findings.sort(FINDING_ORDER);
      }
      return new CodingResult(session, profile, edition, lines, ImmutableList.copyOf(findings),
          SessionCoder.this);
    }

    /**
     * True when trace entries are recorded. Callers build a detail string only when this is true,
     * so that coding without a trace allocates nothing for it.
     */
    private boolean tracing() {
      return trace != null && !quiet;
    }

    private void trace(CodingStep step, String detail) {
      if (tracing()) {
        trace.add(new TraceStep(step, detail));
      }
    }

    private void find(Finding f) {
      if (emit) {
        findings.add(f);
      }
    }

    // ---- step 1: edition ----

    private boolean selectEdition() {
      long latestDay = todayEpochDay() + 1;
      if (date.toEpochDay() > latestDay) {
        LocalDate latest = LocalDate.ofEpochDay(latestDay);
        findings.add(Finding.of(FindingCode.DATE_IN_FUTURE, "Date of service " + date
            + " is after " + latest + "; no lines are coded."));
        if (tracing()) {
          trace(CodingStep.SELECT_EDITION, "date of service " + date + " is in the future: stop");
        }
        return false;
      }
      Optional<CodeSetEdition> e = editions.forDate(date);
      if (e.isEmpty()) {
        findings.add(Finding.of(FindingCode.DATE_BEFORE_EDITIONS, "No code-set edition covers the"
            + " date of service " + date + " (the earliest supported date is "
            + editions.earliestDate() + "); no lines are coded."));
        if (tracing()) {
          trace(CodingStep.SELECT_EDITION, "no edition covers " + date + ": stop");
        }
        return false;
      }
      edition = e.get();
      perNerve = edition.unit() == UnitOfService.NERVE;
      if (perNerve) {
        findings.add(Finding.of(FindingCode.LEGACY_EDITION, "Date of service " + date
            + " is coded under " + edition.name() + ": one unit per nerve, imaging separately."));
      }
      if (tracing()) {
        trace(CodingStep.SELECT_EDITION, edition.id() + " (" + edition.name() + ") for " + date
            + "; a unit is one " + edition.unit().label() + " per side");
      }
      return true;
    }

    // ---- step 2: technique routing ----

    private void route() {
      ImmutableList<DocumentedProcedure> ps = session.procedures();
      routeReasons = new int[ps.size()];
      for (int i = 0; i < ps.size(); i++) {
        DocumentedProcedure p = ps.get(i);
        Technique t = p.technique();
        int reasons = 0;
        switch (t.method()) {
          case PULSED_RF:
            reasons |= R_PULSED;
            break;
          case CRYOABLATION:
          case LASER:
            reasons |= R_CRYO_LASER;
            break;
          case CHEMICAL:
            if (edition.chemicalUnlistedFrom().isPresent()
                && !date.isBefore(edition.chemicalUnlistedFrom().get())) {
              reasons |= R_CHEMICAL;
            }
            break;
          case THERMAL_RF:
            if (t.temperatureCelsius().isPresent() && edition.minimumThermalCelsius().isPresent()
                && t.temperatureCelsius().getAsInt() < edition.minimumThermalCelsius().get()) {
              reasons |= R_LOW_TEMP;
            }
            break;
          default:
            break;
        }
        Imaging im = p.imaging();
        if (edition.requiresFluoroscopyOrCt()) {
          if (im == Imaging.ULTRASOUND || im == Imaging.MRI || im == Imaging.NONE) {
            reasons |= R_IMAGING;
          } else if (im == Imaging.UNKNOWN) {
            findings.add(Finding.of(FindingCode.IMAGING_NOT_DOCUMENTED, "The record does not say"
                + " which imaging guided the needles; " + edition.primaryCode(JointFamily.LUMBAR_SACRAL)
                + " and the other current codes require fluoroscopy or CT.")
                .at(p.referenceOrNull()));
          }
        }
        routeReasons[i] = reasons;
        reportReasons(p, reasons);
        if (tracing()) {
          trace(CodingStep.ROUTE_TECHNIQUE, "procedure " + (i + 1) + " (" + t.describe() + ", "
              + im.label() + "): " + (reasons == 0 ? "destruction codes"
                  : edition.unlistedCode() + " (" + reasonWords(reasons) + ")"));
        }
      }
    }

    private void reportReasons(DocumentedProcedure p, int reasons) {
      String ref = p.referenceOrNull();
      String what = p.technique().describe();
      if ((reasons & R_PULSED) != 0) {
        findings.add(Finding.of(FindingCode.UNLISTED_PULSED_RF, "Pulsed radiofrequency is not a"
            + " destruction code service; reported with " + edition.unlistedCode() + ".").at(ref));
      }
      if ((reasons & R_CRYO_LASER) != 0) {
        findings.add(Finding.of(FindingCode.UNLISTED_CRYO_OR_LASER, "Facet denervation by " + what
            + " is reported with " + edition.unlistedCode() + " for review.").at(ref));
      }
      if ((reasons & R_CHEMICAL) != 0) {
        findings.add(Finding.of(FindingCode.UNLISTED_CHEMICAL, "Chemical facet neurolysis ("
            + what + ") on " + date + " is reported with " + edition.unlistedCode()
            + "; the destruction codes are for thermal denervation from "
            + edition.chemicalUnlistedFrom().get() + ".").at(ref));
      }
      if ((reasons & R_LOW_TEMP) != 0) {
        findings.add(Finding.of(FindingCode.UNLISTED_LOW_TEMPERATURE, "Thermal radiofrequency at "
            + p.technique().temperatureCelsius().getAsInt() + " °C is below "
            + edition.minimumThermalCelsius().get() + " °C; reported with "
            + edition.unlistedCode() + ".").at(ref));
      }
      if ((reasons & R_IMAGING) != 0) {
        findings.add(Finding.of(FindingCode.UNLISTED_IMAGING, "The procedure was done with "
            + p.imaging().label() + "; the destruction codes include fluoroscopic or CT guidance,"
            + " so it is reported with " + edition.unlistedCode() + ".").at(ref));
      }
    }

    // ---- steps 3 and 4: sites and lines ----

    @SuppressWarnings("unchecked")
    private ImmutableList<ClaimLine>[] codeFamilies(boolean levelsAsNerves) {
      collect(levelsAsNerves);
      resolve();
      ImmutableList<ClaimLine>[] out = new ImmutableList[2];
      boolean junction = !perNerve && profile.thoracolumbarJunctionAsLumbar() && junctionApplies();
      if (junction) {
        find(Finding.of(FindingCode.THORACOLUMBAR_OPTION_APPLIED, "T12-L1 and L1-L2 were treated"
            + " together: the lumbar joints are " + edition.addOnCode(JointFamily.LUMBAR_SACRAL)
            + " add-on units of " + edition.primaryCode(JointFamily.CERVICAL_THORACIC)
            + " under profile " + profile.name() + "."));
      }
      for (JointFamily f : FAMILIES) {
        int mask = perNerve ? FAMILY_NERVES[f.ordinal()] : FAMILY_JOINTS[f.ordinal()];
        int[] d = units[DESTRUCTION];
        int r = d[RIGHT] & mask;
        int l = d[LEFT] & mask;
        int u = d[NO_SIDE] & mask;
        int[] n = units[UNLISTED];
        int nr = 0;
        if (f == JointFamily.CERVICAL_THORACIC) {
          nr = nonReportable[RIGHT] | nonReportable[LEFT] | nonReportable[NO_SIDE];
        }
        if ((r | l | u | ((n[RIGHT] | n[LEFT] | n[NO_SIDE]) & mask) | nr) == 0) {
          out[f.ordinal()] = ImmutableList.of();
          continue;
        }
        List<ClaimLine> lines = new ArrayList<>(3);
        if ((r | l | u) != 0) {
          boolean primaryAllowed = !(junction && f == JointFamily.LUMBAR_SACRAL);
          convention(lines, f, r, l, u, primaryAllowed, procs[DESTRUCTION][f.ordinal()]);
        }
        r = n[RIGHT] & mask;
        l = n[LEFT] & mask;
        u = n[NO_SIDE] & mask;
        if ((r | l | u | nr) != 0) {
          lines.add(unlistedLine(f, r, l, u, procs[UNLISTED][f.ordinal()]));
        }
        out[f.ordinal()] = ImmutableList.copyOf(lines);
        if (tracing() && !lines.isEmpty()) {
          trace(CodingStep.BUILD_LINES, f.label() + " under " + profile.convention().id()
              + (levelsAsNerves ? " (level lists read as nerves)" : "") + ": " + lines);
        }
      }
      return out;
    }

    private boolean junctionApplies() {
      int both = bit(FacetJoint.T12_L1) | bit(FacetJoint.L1_L2);
      int[] d = units[DESTRUCTION];
      return (d[RIGHT] & both) == both || (d[LEFT] & both) == both || (d[NO_SIDE] & both) == both;
    }

    private void collect(boolean levelsAsNerves) {
      for (int g = 0; g < 2; g++) {
        for (int s = 0; s < 3; s++) {
          joints[g][s] = 0;
          nerves[g][s] = 0;
        }
        procs[g][0] = 0;
        procs[g][1] = 0;
      }
      nonReportable[0] = nonReportable[1] = nonReportable[2] = 0;
      ImmutableList<DocumentedProcedure> ps = session.procedures();
      for (int i = 0; i < ps.size(); i++) {
        DocumentedProcedure p = ps.get(i);
        int g = routeReasons[i] == 0 ? DESTRUCTION : UNLISTED;
        long pbit = 1L << i;
        if (p.sites().isEmpty()) {
          find(Finding.of(FindingCode.NO_SITES, "The procedure names no facet joint, nerve or"
              + " vertebral level; no lines are coded for it.").at(p.referenceOrNull())
              .withQuestion("Which facet joints (levels and sides) were treated?"));
          continue;
        }
        for (TreatedSite site : p.sites()) {
          int[] sides = sides(site.laterality());
          if (site.laterality() == Laterality.UNKNOWN) {
            find(Finding.of(FindingCode.SIDE_NOT_DOCUMENTED, "No side is documented for "
                + site.describe() + "; coded as one joint without a side modifier.")
                .at(elementOf(site, p)).withQuestion("Was " + site.describe()
                    + " treated on the left, the right, or both sides?"));
          }
          switch (site.kind()) {
            case JOINT:
              addJoint(site.jointOrNull(), g, sides, pbit, site, p, true);
              break;
            case NERVE:
              addNerve(site.nerveOrNull(), g, sides, pbit, site, p);
              break;
            default:
              addLevels(site, g, sides, pbit, p, levelsAsNerves);
              break;
          }
        }
      }
      if (tracing()) {
        trace(CodingStep.RESOLVE_SITES, "documented " + describeSets(joints, nerves)
            + (levelsAsNerves ? " (level lists read as nerves)" : ""));
      }
    }

    private void addJoint(FacetJoint j, int g, int[] sides, long pbit, TreatedSite site,
        DocumentedProcedure p, boolean reportDuplicates) {
      int b = bit(j);
      if (!j.isReportable()) {
        for (int s : sides) {
          nonReportable[s] |= b;
        }
        procs[UNLISTED][JointFamily.CERVICAL_THORACIC.ordinal()] |= pbit;
        find(Finding.of(FindingCode.JOINT_NOT_REPORTABLE, j.notation() + " is not a medial-branch"
            + " facet joint; reported with " + edition.unlistedCode() + " for review.")
            .at(elementOf(site, p)));
        return;
      }
      for (int s : sides) {
        if (reportDuplicates && (joints[g][s] & b) != 0) {
          find(Finding.of(FindingCode.DUPLICATE_SITE, SIDE_WORDS[s] + " " + j.notation()
              + " is documented more than once; counted once.").at(elementOf(site, p)));
        }
        joints[g][s] |= b;
      }
      procs[g][j.family().get().ordinal()] |= pbit;
    }

    private void addNerve(Nerve n, int g, int[] sides, long pbit, TreatedSite site,
        DocumentedProcedure p) {
      int b = bit(n);
      for (int s : sides) {
        if (site != null && (nerves[g][s] & b) != 0) {
          find(Finding.of(FindingCode.DUPLICATE_SITE, SIDE_WORDS[s] + " " + n.label()
              + " is documented more than once; counted once.").at(elementOf(site, p)));
        }
        nerves[g][s] |= b;
      }
      if (perNerve) {
        procs[g][n.legacyFamily().ordinal()] |= pbit;
      } else {
        for (FacetJoint j : n.joints()) {
          procs[g][j.family().get().ordinal()] |= pbit;
        }
      }
    }

    private void addLevels(TreatedSite site, int g, int[] sides, long pbit,
        DocumentedProcedure p, boolean asNerves) {
      ImmutableList<Vertebra> levels = site.levels();
      boolean nerveReading = true;
      for (Vertebra v : levels) {
        if (Nerve.atLevel(v).isEmpty()) {
          nerveReading = false;
          break;
        }
      }
      hasNerveReading |= nerveReading;
      if (asNerves && nerveReading) {
        for (Vertebra v : levels) {
          addNerve(Nerve.atLevel(v).get(), g, sides, pbit, null, p);
        }
        return;
      }
      boolean any = false;
      for (int k = 1; k < levels.size(); k++) {
        Vertebra a = levels.get(k - 1);
        Vertebra b = levels.get(k);
        if (b.ordinal() == a.ordinal() + 1) {
          addJoint(FacetJoint.of(a), g, sides, pbit, site, p, false);
          any = true;
        }
      }
      if (!any) {
        find(Finding.of(FindingCode.LEVELS_NAME_NO_JOINT, "The levels " + levelWords(levels)
            + " include no two adjacent vertebrae, so they name no facet joint; no lines for them.")
            .at(elementOf(site, p))
            .withQuestion("Which facet joints were treated at " + levelWords(levels) + "?"));
      } else {
        find(Finding.of(FindingCode.LEVELS_READ_AS_VERTEBRAE, "The levels " + levelWords(levels)
            + " were read as vertebrae: the joints between adjacent listed levels.")
            .at(elementOf(site, p)));
      }
    }

    private void resolve() {
      for (int g = 0; g < 2; g++) {
        for (int s = 0; s < 3; s++) {
          int j = joints[g][s];
          int n = nerves[g][s];
          if (perNerve) {
            units[g][s] = n | nervesOf(j);
            continue;
          }
          if (n != 0) {
            for (int k = 0; k < JOINTS.length; k++) {
              int need = JOINT_NERVES[k];
              if (need != 0 && (n & need) == need) {
                j |= 1 << k;
              }
            }
          }
          int leftover = n & ~nervesOf(j);
          if (leftover != 0) {
            String names = nerveWords(leftover);
            find(Finding.of(FindingCode.NERVES_COMPLETE_NO_JOINT, "On the " + SIDE_WORDS[s]
                + " side, " + names + (Integer.bitCount(leftover) == 1 ? " completes" : " complete")
                + " no facet joint (a joint counts when all its nerves are documented); no line"
                + " is coded for " + (Integer.bitCount(leftover) == 1 ? "it." : "them."))
                .withQuestion("Which facet joint" + (Integer.bitCount(leftover) == 1 ? " was the "
                    : "s were the ") + SIDE_WORDS[s] + " " + names + " lesioned for?"));
          }
          units[g][s] = j;
        }
      }
    }

    /** Lays out the units of one family and route under the profile's convention. */
    private void convention(List<ClaimLine> out, JointFamily f, int r, int l, int u,
        boolean primaryAllowed, long pmask) {
      String primary = edition.primaryCode(f);
      String addOn = edition.addOnCode(f);
      BillingConvention c = profile.convention();
      boolean taken = !primaryAllowed;
      switch (c) {
        case MODIFIER_50: {
          int pairs = r & l;
          int rOnly = r & ~l;
          int lOnly = l & ~r;
          if (pairs != 0) {
            if (!taken) {
              int first = Integer.lowestOneBit(pairs);
              out.add(line(primary, LineKind.PRIMARY, f, MOD_50, 1, first, first, 0, c, pmask));
              pairs &= ~first;
              taken = true;
            }
            if (pairs != 0) {
              out.add(line(addOn, LineKind.ADD_ON, f, MOD_50, Integer.bitCount(pairs), pairs,
                  pairs, 0, c, pmask));
            }
          } else if ((r | l) != 0 && !taken) {
            boolean right = Integer.bitCount(r) >= Integer.bitCount(l);
            int first = Integer.lowestOneBit(right ? r : l);
            out.add(line(primary, LineKind.PRIMARY, f, right ? MOD_RT : MOD_LT, 1,
                right ? first : 0, right ? 0 : first, 0, c, pmask));
            if (right) {
              rOnly &= ~first;
            } else {
              lOnly &= ~first;
            }
            taken = true;
          }
          if (rOnly != 0) {
            out.add(line(addOn, LineKind.ADD_ON, f, MOD_RT, Integer.bitCount(rOnly), rOnly, 0, 0,
                c, pmask));
          }
          if (lOnly != 0) {
            out.add(line(addOn, LineKind.ADD_ON, f, MOD_LT, Integer.bitCount(lOnly), 0, lOnly, 0,
                c, pmask));
          }
          break;
        }
        case RT_LT_LINES: {
          if (!taken && (r | l) != 0) {
            if (r != 0) {
              int first = Integer.lowestOneBit(r);
              out.add(line(primary, LineKind.PRIMARY, f, MOD_RT, 1, first, 0, 0, c, pmask));
              r &= ~first;
            }
            if (l != 0) {
              int first = Integer.lowestOneBit(l);
              out.add(line(primary, LineKind.PRIMARY, f, MOD_LT, 1, 0, first, 0, c, pmask));
              l &= ~first;
            }
            taken = true;
          }
          if (r != 0) {
            out.add(line(addOn, LineKind.ADD_ON, f, MOD_RT, Integer.bitCount(r), r, 0, 0, c, pmask));
          }
          if (l != 0) {
            out.add(line(addOn, LineKind.ADD_ON, f, MOD_LT, Integer.bitCount(l), 0, l, 0, c, pmask));
          }
          break;
        }
        default: {
          if (!taken && (r | l) != 0) {
            int pairs = r & l;
            if (pairs != 0) {
              int first = Integer.lowestOneBit(pairs);
              out.add(line(primary, LineKind.PRIMARY, f, MOD_RT_LT, 2, first, first, 0, c, pmask));
              r &= ~first;
              l &= ~first;
            } else {
              boolean right = Integer.bitCount(r) >= Integer.bitCount(l);
              int first = Integer.lowestOneBit(right ? r : l);
              out.add(line(primary, LineKind.PRIMARY, f, right ? MOD_RT : MOD_LT, 1,
                  right ? first : 0, right ? 0 : first, 0, c, pmask));
              if (right) {
                r &= ~first;
              } else {
                l &= ~first;
              }
            }
            taken = true;
          }
          if (!taken && u != 0) {
            int first = Integer.lowestOneBit(u);
            out.add(line(primary, LineKind.PRIMARY, f, NO_MODS, 1, 0, 0, first, c, pmask));
            u &= ~first;
            taken = true;
          }
          int sided = Integer.bitCount(r) + Integer.bitCount(l);
          if (sided > 0) {
            ImmutableList<Modifier> mods = r != 0 && l != 0 ? MOD_RT_LT : r != 0 ? MOD_RT : MOD_LT;
            out.add(line(addOn, LineKind.ADD_ON, f, mods, sided, r, l, 0, c, pmask));
          }
          // Joints without a side never share a line with a side modifier (coding-rules §4).
          if (u != 0) {
            out.add(line(addOn, LineKind.ADD_ON, f, NO_MODS, Integer.bitCount(u), 0, 0, u, c,
                pmask));
          }
          return;
        }
      }
      // Joints without a side: the primary only when no joint of the family has a side.
      if (u != 0) {
        if (!taken) {
          int first = Integer.lowestOneBit(u);
          out.add(line(primary, LineKind.PRIMARY, f, NO_MODS, 1, 0, 0, first, c, pmask));
          u &= ~first;
        }
        if (u != 0) {
          out.add(line(addOn, LineKind.ADD_ON, f, NO_MODS, Integer.bitCount(u), 0, 0, u, c, pmask));
        }
      }
    }

    private ClaimLine line(String code, LineKind kind, JointFamily f, ImmutableList<Modifier> mods,
        int qty, int r, int l, int u, BillingConvention c, long pmask) {
      return new ClaimLine(code, kind, f, mods, qty, date, edition.describe(code),
          ImmutableList.of(), r, l, u, perNerve,
          RULES[perNerve ? 1 : 0][c.ordinal()][kind == LineKind.PRIMARY ? 0 : 1], pmask);
    }

    private ClaimLine unlistedLine(JointFamily f, int r, int l, int u, long pmask) {
      List<ClaimLine> comparator = new ArrayList<>(3);
      if ((r | l | u) != 0) {
        convention(comparator, f, r, l, u, true, 0L);
      }
      StringBuilder d = new StringBuilder(edition.describe(edition.unlistedCode()))
          .append(": ");
      int reasons = 0;
      List<String> techniques = new ArrayList<>(2);
      List<String> imaging = new ArrayList<>(2);
      ImmutableList<DocumentedProcedure> ps = session.procedures();
      for (int i = 0; i < ps.size(); i++) {
        if ((pmask & (1L << i)) != 0) {
          DocumentedProcedure p = ps.get(i);
          addOnce(techniques, p.technique().describe());
          addOnce(imaging, p.imaging().label());
          reasons |= routeReasons[i];
        }
      }
      int nr = 0;
      if (f == JointFamily.CERVICAL_THORACIC) {
        nr = nonReportable[RIGHT] | nonReportable[LEFT] | nonReportable[NO_SIDE];
        if (nr != 0) {
          reasons |= R_NOT_REPORTABLE;
        }
      }
      d.append(String.join(" and ", techniques)).append(" of paravertebral facet joint nerves, ")
          .append(f.label()).append(": ");
      List<String> sites = new ArrayList<>();
      String[] sidesWords = {"right ", "left ", ""};
      for (int s = 0; s < 3; s++) {
        int m = (s == RIGHT ? r : s == LEFT ? l : u);
        for (int bits = m; bits != 0; bits &= bits - 1) { // each set bit, lowest first
          int k = Integer.numberOfTrailingZeros(bits);
          sites.add(sidesWords[s] + (perNerve ? NERVES[k].label() : JOINTS[k].notation()));
        }
        for (int k = 0; k < 2; k++) {
          if ((nonReportable[s] & (1 << k)) != 0 && f == JointFamily.CERVICAL_THORACIC) {
            sites.add(sidesWords[s] + JOINTS[k].notation());
          }
        }
      }
      d.append(String.join(", ", sites)).append("; ").append(String.join(", ", imaging))
          .append("; unlisted because: ").append(reasonWords(reasons));
      ImmutableList<ClaimLine> comp = ImmutableList.copyOf(comparator);
      if (!comp.isEmpty()) {
        d.append("; comparator (thermal RF under fluoroscopy): ");
        for (int i = 0; i < comp.size(); i++) {
          d.append(i == 0 ? "" : ", ").append(comp.get(i).notation());
        }
      }
      return new ClaimLine(edition.unlistedCode(), LineKind.UNLISTED, f, NO_MODS, 1, date,
          d.toString(), comp, r, l, u, perNerve, RULES_UNLISTED, pmask);
    }

    private void compareReadings(ImmutableList<ClaimLine>[] vertebral) {
      boolean saved = emit;
      emit = false;
      ImmutableList<ClaimLine>[] asNerves = codeFamilies(true);
      emit = saved;
      List<String> all = new ArrayList<>();
      List<String> allNerves = new ArrayList<>();
      List<String> withheld = new ArrayList<>(2);
      for (JointFamily f : FAMILIES) {
        List<String> a = notations(vertebral[f.ordinal()]);
        List<String> b = notations(asNerves[f.ordinal()]);
        all.addAll(a);
        allNerves.addAll(b);
        if (!a.equals(b)) {
          withheld.add(f.label());
          vertebral[f.ordinal()] = ImmutableList.of();
          if (tracing()) {
            trace(CodingStep.BUILD_LINES, f.label() + ": readings differ, lines withheld");
          }
        }
      }
      if (!withheld.isEmpty()) {
        findings.add(Finding.of(FindingCode.LEVELS_AMBIGUOUS, "Read as vertebrae the level list"
            + " gives " + (all.isEmpty() ? "no lines" : all) + "; read as medial-branch nerves it"
            + " gives " + (allNerves.isEmpty() ? "no lines" : allNerves) + ". The "
            + String.join(" and ", withheld) + " lines are withheld.")
            .withQuestion("Are the listed levels the vertebrae whose facet joints were treated,"
                + " or the levels of the medial-branch nerves lesioned?"));
      }
      // Re-collect the vertebral reading so that later steps see its procedures; the trace
      // already shows that reading, so this pass is not traced again.
      emit = false;
      quiet = true;
      collect(false);
      resolve();
      quiet = false;
      emit = saved;
    }

    // ---- step 5: imaging ----

    private void addImaging(List<ClaimLine> lines) {
      if (edition.separateImagingCodes().isEmpty() || lines.isEmpty()) {
        return;
      }
      long coded = 0;
      for (ClaimLine l : lines) {
        coded |= l.procedureMask();
      }
      ImmutableList<DocumentedProcedure> ps = session.procedures();
      for (Map.Entry<Imaging, String> e : edition.separateImagingCodes().entrySet()) {
        long with = 0;
        for (int i = 0; i < ps.size(); i++) {
          if ((coded & (1L << i)) != 0 && ps.get(i).imaging() == e.getKey()) {
            with |= 1L << i;
          }
        }
        if (with != 0) {
          ClaimLine img = new ClaimLine(e.getValue(), LineKind.IMAGING, null,
              profile.facilityPlaceOfService() ? MOD_26 : NO_MODS, 1, date,
              edition.describe(e.getValue()), ImmutableList.of(), 0, 0, 0, perNerve,
              RULES_IMAGING, with);
          lines.add(img);
          if (tracing()) {
            trace(CodingStep.ADD_IMAGING, e.getKey().label() + ": " + img.notation());
          }
        }
      }
    }

    // ---- step 6: edits ----

    private void applyEdits(List<ClaimLine> lines) {
      if (lines.isEmpty() && session.otherLines().isEmpty()) {
        return;
      }
      // The distinct codes in claim order with their summed units; a claim has a handful.
      ImmutableList<OtherClaimLine> others = session.otherLines();
      String[] codes = new String[lines.size() + others.size()];
      int[] unitsOf = new int[codes.length];
      int count = 0;
      for (int i = 0; i < lines.size(); i++) {
        count = addUnits(codes, unitsOf, count, lines.get(i).code(), lines.get(i).quantity());
      }
      for (int i = 0; i < others.size(); i++) {
        count = addUnits(codes, unitsOf, count, others.get(i).code(), others.get(i).quantity());
      }
      if (profile.mueEdits()) {
        for (int i = 0; i < count; i++) {
          Optional<MueEntry> mue = edits.mue().lookup(codes[i], date);
          if (mue.isPresent() && unitsOf[i] > mue.get().maxUnits()) {
            findings.add(Finding.of(FindingCode.MUE_EXCEEDED, codes[i] + ": " + unitsOf[i]
                + " units on " + date + " exceed the MUE of " + mue.get().maxUnits() + ".")
                .withSource(mue.get().source()));
          }
        }
      }
      // Exact size: Arrays.asList's contains() is an index loop, a subList's makes an iterator.
      List<String> codeList = Arrays.asList(count == codes.length ? codes
          : Arrays.copyOf(codes, count));
      for (PtpEdit p : edits.ptp().applicable(codeList, date)) {
        findings.add(Finding.of(FindingCode.PTP_PAIR, p.column2() + " is not separately"
            + " reportable with " + p.column1() + " on the same date ("
            + (p.modifierIndicator() == PtpEdit.MODIFIER_NOT_ALLOWED
                ? "modifier indicator 0: no modifier allows it"
                : "modifier indicator 1: 59 or XS only for a distinct level or service") + ").")
            .withSource(p.source()));
      }
      if (tracing()) {
        StringBuilder sb = new StringBuilder("codes {");
        for (int i = 0; i < count; i++) {
          sb.append(i == 0 ? "" : ", ").append(codes[i]).append('=').append(unitsOf[i]);
        }
        trace(CodingStep.APPLY_EDITS, sb.append('}') + (profile.mueEdits() ? "" :
            " (MUE not checked under " + profile.name() + ")"));
      }
    }

    /** Adds units of a code to the first {@code count} entries; returns the new count. */
    private int addUnits(String[] codes, int[] unitsOf, int count, String code, int quantity) {
      for (int i = 0; i < count; i++) {
        if (codes[i].equals(code)) {
          unitsOf[i] += quantity;
          return count;
        }
      }
      codes[count] = code;
      unitsOf[count] = quantity;
      return count + 1;
    }

    // ---- helpers ----

    private String elementOf(TreatedSite site, DocumentedProcedure p) {
      return site != null && site.elementOrNull() != null ? site.elementOrNull()
          : p.referenceOrNull();
    }

    private String reasonWords(int reasons) {
      List<String> w = new ArrayList<>(2);
      if ((reasons & R_PULSED) != 0) {
        w.add("pulsed radiofrequency");
      }
      if ((reasons & R_CHEMICAL) != 0) {
        w.add("chemical neurolysis");
      }
      if ((reasons & R_LOW_TEMP) != 0) {
        w.add("thermal RF below " + edition.minimumThermalCelsius().orElse(0) + " °C");
      }
      if ((reasons & R_CRYO_LASER) != 0) {
        w.add("cryoablation or laser");
      }
      if ((reasons & R_IMAGING) != 0) {
        w.add("guidance other than fluoroscopy or CT");
      }
      if ((reasons & R_NOT_REPORTABLE) != 0) {
        w.add("C0-C1/C1-C2 are not medial-branch facet joints");
      }
      return String.join(", ", w);
    }
  }

  private static final Comparator<Finding> FINDING_ORDER = Comparator
      .comparing((Finding f) -> f.severity().ordinal())
      .thenComparing(f -> f.code().ordinal())
      .thenComparing(Finding::message)
      .thenComparing(f -> f.element().orElse(""));

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }

  private static int[] sides(Laterality l) {
    switch (l) {
      case RIGHT:
        return SIDES_RIGHT;
      case LEFT:
        return SIDES_LEFT;
      case BILATERAL:
        return SIDES_BOTH;
      default:
        return SIDES_NONE;
    }
  }

  private static List<String> notations(List<ClaimLine> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (ClaimLine l : lines) {
      out.add(l.notation());
    }
    return out;
  }

  static String nerveWords(int mask) {
    List<String> w = new ArrayList<>();
    for (int m = mask; m != 0; m &= m - 1) { // each set bit, lowest first
      w.add(NERVES[Integer.numberOfTrailingZeros(m)].label());
    }
    return String.join(", ", w);
  }

  /**
   * The nerves of the joints in {@code jointMask}. Bit masks here are walked set bit by set bit,
   * not bit by bit: scanning all 32 bits per side for every session gave a bulk run enough loop
   * back-edges for the JIT to compile the enclosing methods a second time, on-stack.
   */
  private static int nervesOf(int jointMask) {
    int nerves = 0;
    for (int m = jointMask; m != 0; m &= m - 1) {
      nerves |= JOINT_NERVES[Integer.numberOfTrailingZeros(m)];
    }
    return nerves;
  }

  private static String levelWords(List<Vertebra> levels) {
    List<String> w = new ArrayList<>(levels.size());
    for (Vertebra v : levels) {
      w.add(v.name());
    }
    return String.join(", ", w);
  }

  private static String describeSets(int[][] joints, int[][] nerves) {
    StringBuilder sb = new StringBuilder();
    String[] routes = {"destruction", "unlisted"};
    for (int g = 0; g < 2; g++) {
      for (int s = 0; s < 3; s++) {
        if (joints[g][s] != 0 || nerves[g][s] != 0) {
          sb.append(sb.length() == 0 ? "" : "; ").append(routes[g]).append(' ')
              .append(SIDE_WORDS[s]).append(':');
          for (int m = joints[g][s]; m != 0; m &= m - 1) {
            sb.append(' ').append(JOINTS[Integer.numberOfTrailingZeros(m)].notation());
          }
          if (nerves[g][s] != 0) {
            sb.append(" nerves ").append(nerveWords(nerves[g][s]));
          }
        }
      }
    }
    return sb.length() == 0 ? "no sites" : sb.toString();
  }
}
