package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.codeset.UnitSet;

/**
 * Step {@link CodingStep#RESOLVE_SITES}: the documented joints, nerves and level lists of a
 * session, pooled per route and side, become units of service per side: joints (a joint counts
 * when it is named or all its nerves are) under the current edition, nerves (a joint stands for
 * its nerves, a shared nerve once) under the legacy edition (coding-rules §3).
 */
final class ResolveSites {
  private static final Laterality[] RIGHT = {Laterality.RIGHT};
  private static final Laterality[] LEFT = {Laterality.LEFT};
  private static final Laterality[] BOTH = {Laterality.RIGHT, Laterality.LEFT};
  private static final Laterality[] NO_SIDE = {Laterality.UNKNOWN};

  private final ImmutableList<DocumentedProcedure> procedures;
  private final Routing routing;
  private final UnitOfService unit;
  private final String unlistedCode;
  private final LevelListReading reading;
  private final Findings findings;

  // What the procedures document, per route (Route ordinal), side by side; built on first use.
  private final SidedUnits.Builder[] joints = new SidedUnits.Builder[2];
  private final SidedUnits.Builder[] nerves = new SidedUnits.Builder[2];
  private SidedUnits.Builder notReportable;
  /** The procedures contributing to each route and family, by {@link ResolvedSites#index}. */
  private final ProcedureSet[] contributing = {
      ProcedureSet.NONE, ProcedureSet.NONE, ProcedureSet.NONE, ProcedureSet.NONE};
  private boolean levelListsNameNerves;

  private ResolveSites(ImmutableList<DocumentedProcedure> procedures, Routing routing,
      CodeSetEdition edition, LevelListReading reading, Findings findings) {
    this.procedures = procedures;
    this.routing = routing;
    this.unit = edition.unit();
    this.unlistedCode = edition.unlistedCode();
    this.reading = reading;
    this.findings = findings;
  }

  /** Collects and resolves the sites of {@code procedures}, reading level lists as given. */
  static ResolvedSites apply(ImmutableList<DocumentedProcedure> procedures, Routing routing,
      CodeSetEdition edition, LevelListReading reading, Findings findings) {
    return new ResolveSites(procedures, routing, edition, reading, findings).run();
  }

  private ResolvedSites run() {
    for (int i = 0; i < procedures.size(); i++) {
      collect(i, procedures.get(i));
    }
    SidedUnits destructionJoints = built(joints[0], UnitOfService.JOINT);
    SidedUnits destructionNerves = built(nerves[0], UnitOfService.NERVE);
    SidedUnits unlistedJoints = built(joints[1], UnitOfService.JOINT);
    SidedUnits unlistedNerves = built(nerves[1], UnitOfService.NERVE);
    return new ResolvedSites(reading,
        ResolvedSites.RouteSites.of(destructionJoints, destructionNerves,
            resolve(destructionJoints, destructionNerves)),
        ResolvedSites.RouteSites.of(unlistedJoints, unlistedNerves,
            resolve(unlistedJoints, unlistedNerves)),
        built(notReportable, UnitOfService.JOINT), contributing, levelListsNameNerves);
  }

  // ---- collecting ----

  private void collect(int index, DocumentedProcedure p) {
    int g = routing.route(index).ordinal();
    if (p.sites().isEmpty()) {
      findings.add(Finding.of(FindingCode.NO_SITES, "The procedure names no facet joint, nerve or"
          + " vertebral level; no lines are coded for it.").at(p.referenceOrNull())
          .withQuestion("Which facet joints (levels and sides) were treated?"));
      return;
    }
    for (TreatedSite site : p.sites()) {
      Laterality[] sides = sides(site.laterality());
      if (site.laterality() == Laterality.UNKNOWN) {
        findings.add(Finding.of(FindingCode.SIDE_NOT_DOCUMENTED, "No side is documented for "
            + site.describe() + "; coded as one joint without a side modifier.")
            .at(elementOf(site, p)).withQuestion("Was " + site.describe()
                + " treated on the left, the right, or both sides?"));
      }
      switch (site.kind()) {
        case JOINT:
          addJoint(site.jointOrNull(), g, sides, index, site, p, true);
          break;
        case NERVE:
          addNerve(site.nerveOrNull(), g, sides, index, site, p);
          break;
        default:
          addLevels(site, g, sides, index, p);
          break;
      }
    }
  }

  private void addJoint(FacetJoint j, int g, Laterality[] sides, int index, TreatedSite site,
      DocumentedProcedure p, boolean reportDuplicates) {
    if (!j.isReportable()) {
      if (notReportable == null) {
        notReportable = SidedUnits.builder(UnitOfService.JOINT);
      }
      for (Laterality s : sides) {
        notReportable.add(s, j);
      }
      contribute(Route.UNLISTED.ordinal(), JointFamily.CERVICAL_THORACIC, index);
      findings.add(Finding.of(FindingCode.JOINT_NOT_REPORTABLE, j.notation() + " is not a"
          + " medial-branch facet joint; reported with " + unlistedCode + " for review.")
          .at(elementOf(site, p)));
      return;
    }
    if (joints[g] == null) {
      joints[g] = SidedUnits.builder(UnitOfService.JOINT);
    }
    for (Laterality s : sides) {
      if (reportDuplicates && joints[g].contains(s, j)) {
        findings.add(Finding.of(FindingCode.DUPLICATE_SITE, s.label() + " " + j.notation()
            + " is documented more than once; counted once.").at(elementOf(site, p)));
      }
      joints[g].add(s, j);
    }
    contribute(g, j.family().get(), index);
  }

  /** Adds a nerve; {@code site} is null for a nerve read from a level list (never a duplicate). */
  private void addNerve(Nerve n, int g, Laterality[] sides, int index, TreatedSite site,
      DocumentedProcedure p) {
    if (nerves[g] == null) {
      nerves[g] = SidedUnits.builder(UnitOfService.NERVE);
    }
    for (Laterality s : sides) {
      if (site != null && nerves[g].contains(s, n)) {
        findings.add(Finding.of(FindingCode.DUPLICATE_SITE, s.label() + " " + n.label()
            + " is documented more than once; counted once.").at(elementOf(site, p)));
      }
      nerves[g].add(s, n);
    }
    if (unit == UnitOfService.NERVE) {
      contribute(g, n.legacyFamily(), index);
    } else {
      for (FacetJoint j : n.joints()) {
        contribute(g, j.family().get(), index);
      }
    }
  }

  private void addLevels(TreatedSite site, int g, Laterality[] sides, int index,
      DocumentedProcedure p) {
    ImmutableList<Vertebra> levels = site.levels();
    boolean nerveReading = true;
    for (Vertebra v : levels) {
      if (Nerve.atLevel(v).isEmpty()) {
        nerveReading = false;
        break;
      }
    }
    levelListsNameNerves |= nerveReading;
    if (reading == LevelListReading.AS_NERVES && nerveReading) {
      for (Vertebra v : levels) {
        addNerve(Nerve.atLevel(v).get(), g, sides, index, null, p);
      }
      return;
    }
    boolean any = false;
    for (int k = 1; k < levels.size(); k++) {
      Vertebra a = levels.get(k - 1);
      Vertebra b = levels.get(k);
      if (b.ordinal() == a.ordinal() + 1) {
        addJoint(FacetJoint.of(a), g, sides, index, site, p, false);
        any = true;
      }
    }
    if (!any) {
      findings.add(Finding.of(FindingCode.LEVELS_NAME_NO_JOINT, "The levels " + levelWords(levels)
          + " include no two adjacent vertebrae, so they name no facet joint; no lines for them.")
          .at(elementOf(site, p))
          .withQuestion("Which facet joints were treated at " + levelWords(levels) + "?"));
    } else {
      findings.add(Finding.of(FindingCode.LEVELS_READ_AS_VERTEBRAE, "The levels "
          + levelWords(levels) + " were read as vertebrae: the joints between adjacent listed"
          + " levels.").at(elementOf(site, p)).withQuestion(levelsQuestion(levels, nerveReading)));
    }
  }

  /**
   * The question of a level list read as vertebrae: which joints each reading names, so that
   * the physician can answer with the one meant.
   */
  static String levelsQuestion(List<Vertebra> levels, boolean nerveReading) {
    List<String> asVertebrae = new ArrayList<>();
    for (int k = 1; k < levels.size(); k++) {
      if (levels.get(k).ordinal() == levels.get(k - 1).ordinal() + 1) {
        asVertebrae.add(FacetJoint.of(levels.get(k - 1)).notation());
      }
    }
    String words = levelWords(levels);
    if (!nerveReading) {
      return "Were the joints " + String.join(", ", asVertebrae) + " treated (the levels "
          + words + " read as vertebrae)?";
    }
    List<Nerve> nerves = new ArrayList<>(levels.size());
    for (Vertebra v : levels) {
      nerves.add(Nerve.atLevel(v).get());
    }
    List<String> asNerves = new ArrayList<>();
    for (FacetJoint j : FacetJoint.reportable()) {
      if (!j.nerves().isEmpty() && nerves.containsAll(j.nerves())) {
        asNerves.add(j.notation());
      }
    }
    return "Are " + words + " the vertebrae whose joints were treated (" + String.join(", ",
        asVertebrae) + "), or the levels of the medial-branch nerves lesioned ("
        + (asNerves.isEmpty() ? "no complete joint" : String.join(", ", asNerves)) + ")?";
  }

  private void contribute(int g, JointFamily family, int index) {
    int k = ResolvedSites.index(g, family);
    contributing[k] = contributing[k].with(index);
  }

  private static SidedUnits built(SidedUnits.Builder b, UnitOfService unit) {
    return b == null ? SidedUnits.none(unit) : b.build();
  }

  // ---- resolving ----

  /** The units of one route, side by side; nerves that complete no joint are a finding. */
  private SidedUnits resolve(SidedUnits documentedJoints, SidedUnits documentedNerves) {
    if (unit == UnitOfService.JOINT && documentedNerves.isEmpty()) {
      return documentedJoints;   // no nerve to complete a joint with
    }
    if (unit == UnitOfService.NERVE && documentedJoints.isEmpty()) {
      return documentedNerves;   // no joint to stand for its nerves
    }
    return SidedUnits.of(
        resolve(Laterality.RIGHT, documentedJoints.right(), documentedNerves.right()),
        resolve(Laterality.LEFT, documentedJoints.left(), documentedNerves.left()),
        resolve(Laterality.UNKNOWN, documentedJoints.unsided(), documentedNerves.unsided()));
  }

  /** The units of one route and side. */
  private UnitSet resolve(Laterality side, UnitSet joints, UnitSet nerves) {
    if (unit == UnitOfService.NERVE) {
      return nerves.or(joints.supplyingNerves());
    }
    joints = joints.or(nerves.completedJoints());
    UnitSet leftover = nerves.minus(joints.supplyingNerves());
    if (!leftover.isEmpty()) {
      reportIncomplete(side, leftover);
    }
    return joints;
  }

  private void reportIncomplete(Laterality side, UnitSet leftover) {
    String names = String.join(", ", leftover.labels());
    boolean one = leftover.size() == 1;
    findings.add(Finding.of(FindingCode.NERVES_COMPLETE_NO_JOINT, "On the " + side.label()
        + " side, " + names + (one ? " completes" : " complete") + " no facet joint (a joint"
        + " counts when all its nerves are documented); no line is coded for "
        + (one ? "it." : "them."))
        .withQuestion("Which facet joint" + (one ? " was the " : "s were the ") + side.label()
            + " " + names + " lesioned for?"));
  }

  // ---- helpers ----

  private static Laterality[] sides(Laterality l) {
    switch (l) {
      case RIGHT:
        return RIGHT;
      case LEFT:
        return LEFT;
      case BILATERAL:
        return BOTH;
      default:
        return NO_SIDE;
    }
  }

  private static String elementOf(TreatedSite site, DocumentedProcedure p) {
    return site != null && site.elementOrNull() != null ? site.elementOrNull()
        : p.referenceOrNull();
  }

  private static String levelWords(List<Vertebra> levels) {
    List<String> w = new ArrayList<>(levels.size());
    for (Vertebra v : levels) {
      w.add(v.name());
    }
    return String.join(", ", w);
  }
}
