package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.codeset.UnitSet;
import org.facetclaims.core.payer.BillingConvention;
import org.facetclaims.core.payer.PayerProfile;

/**
 * Step {@link CodingStep#BUILD_LINES}: per code family, the units routed to the destruction codes
 * laid out under the profile's billing convention ({@link FamilyLayout}), and the units routed to
 * 64999 as one unlisted line with its description and comparator (coding-rules §2, §4). The
 * thoracolumbar-junction payer option decides whether the lumbar family may use its primary.
 */
final class BuildLines {
  private static final UnitSet JUNCTION = UnitSet.ofJoints(FacetJoint.T12_L1, FacetJoint.L1_L2);
  private static final Laterality[] EACH_SIDE =
      {Laterality.RIGHT, Laterality.LEFT, Laterality.UNKNOWN};
  private static final String[] SIDE_PREFIX = {"right ", "left ", ""};

  private final ImmutableList<DocumentedProcedure> procedures;
  private final LocalDate date;
  private final CodeSetEdition edition;
  private final PayerProfile profile;
  private final BillingConvention convention;
  private final Routing routing;
  private final CoverageLayout coverage;

  BuildLines(CodingSession session, CodeSetEdition edition, PayerProfile profile,
      Routing routing) {
    this.coverage = session.coverageLayout();
    this.procedures = session.procedures();
    this.date = session.dateOfService();
    this.edition = edition;
    this.profile = profile;
    this.convention = profile.convention();
    this.routing = routing;
  }

  /** The lines of each family for one reading of the sites. */
  LaidOutLines apply(ResolvedSites sites, Findings findings) {
    SidedUnits destruction = sites.units(Route.DESTRUCTION);
    boolean byProfile = profile.thoracolumbarJunctionAsLumbar();
    boolean junction = edition.unit() == UnitOfService.JOINT
        && (byProfile || coverage.thoracolumbarJunctionAsLumbar())
        && junctionTreated(destruction);
    if (junction) {
      findings.add(Finding.of(FindingCode.THORACOLUMBAR_OPTION_APPLIED, "T12-L1 and L1-L2 were"
          + " treated together: the lumbar joints are "
          + edition.addOnCode(JointFamily.LUMBAR_SACRAL) + " add-on units of "
          + edition.primaryCode(JointFamily.CERVICAL_THORACIC) + (byProfile ? " under profile "
          + profile.name() : " under the contractor's rule (" + coverage.source() + ")") + "."));
    }
    // Under the thoracolumbar rule T12-L1 (the 64633 line) is the lumbar session's first level.
    int limit = coverage.coveredLevelsPerRegion();
    int lumbarLevels = limit == 0 || !junction ? limit : limit == 1 ? -1 : limit - 1;
    return new LaidOutLines(sites.reading(), convention,
        family(JointFamily.CERVICAL_THORACIC, sites, true, limit),
        family(JointFamily.LUMBAR_SACRAL, sites, !junction, lumbarLevels));
  }

  /**
   * @param coveredLevels the levels the payer covers (0: no limit; -1: none, every unit beyond)
   */
  private ImmutableList<ClaimLine> family(JointFamily f, ResolvedSites sites,
      boolean primaryAllowed, int coveredLevels) {
    SidedUnits destruction = sites.units(Route.DESTRUCTION).inFamily(f);
    SidedUnits unlisted = sites.units(Route.UNLISTED).inFamily(f);
    SidedUnits notReportable = f == JointFamily.CERVICAL_THORACIC ? sites.notReportable()
        : SidedUnits.none(UnitOfService.JOINT);
    if (destruction.isEmpty() && unlisted.isEmpty() && notReportable.isEmpty()) {
      return ImmutableList.of();
    }
    List<ClaimLine> lines = new ArrayList<>(3);
    if (!destruction.isEmpty()) {
      ProcedureSet coded = sites.contributing(Route.DESTRUCTION, f);
      FamilyLines out = new FamilyLines(edition, f, convention, date, coded, lines);
      UnitSet covered = coveredLevels == 0 || edition.unit() != UnitOfService.JOINT ? null
          : coveredJoints(destruction, primaryAllowed, Math.max(coveredLevels, 0), coded, f);
      if (covered == null) {
        FamilyLayout.layOut(convention.layout(), destruction, primaryAllowed, out);
      } else {
        // Line-level non-coverage: the covered levels first, then the levels beyond on lines of
        // their own (no primary), so that a coverage modifier can mark exactly those units.
        SidedUnits in = restrict(destruction, covered);
        SidedUnits beyond = restrict(destruction, destruction.anySide().minus(covered));
        FamilyLayout.layOut(convention.layout(), in, primaryAllowed, out);
        FamilyLayout.layOut(convention.layout(), beyond, primaryAllowed && in.isEmpty(),
            out.withRule("levels beyond the " + Math.max(coveredLevels, 0) + " covered per"
                + " region per session (" + coverage.source() + "): on a line of their own,"
                + " so that GA or GZ marks these units alone"));
      }
    }
    if (!unlisted.isEmpty() || !notReportable.isEmpty()) {
      lines.add(unlistedLine(f, unlisted, notReportable, sites.contributing(Route.UNLISTED, f)));
    }
    return ImmutableList.copyOf(lines);
  }

  /**
   * The joints of the first {@code levels} levels in the claim's level order (the primary
   * lines' joints, then the add-on lines' in line order, each line's in spinal order), as the
   * convention lays all the units out; null when there are no more levels than that.
   */
  private UnitSet coveredJoints(SidedUnits units, boolean primaryAllowed, int levels,
      ProcedureSet coded, JointFamily f) {
    if (units.anySide().size() <= levels) {
      return null;
    }
    List<ClaimLine> trial = new ArrayList<>(4);
    FamilyLayout.layOut(convention.layout(), units, primaryAllowed,
        new FamilyLines(edition, f, convention, date, coded, trial));
    List<FacetJoint> order = new ArrayList<>();
    for (LineKind kind : new LineKind[] {LineKind.PRIMARY, LineKind.ADD_ON}) {
      for (ClaimLine l : trial) {
        if (l.kind() == kind) {
          for (FacetJoint j : l.units().anySide().joints()) {
            if (!order.contains(j)) {
              order.add(j);
            }
          }
        }
      }
    }
    return UnitSet.ofJoints(order.subList(0, Math.min(levels, order.size())));
  }

  /** The units of {@code units} at the joints of {@code joints}, each side kept. */
  private static SidedUnits restrict(SidedUnits units, UnitSet joints) {
    return SidedUnits.of(units.right().and(joints), units.left().and(joints),
        units.unsided().and(joints));
  }

  /** The payer option applies when T12-L1 and L1-L2 are both treated on one side. */
  private static boolean junctionTreated(SidedUnits units) {
    return units.right().containsAll(JUNCTION) || units.left().containsAll(JUNCTION)
        || units.unsided().containsAll(JUNCTION);
  }

  /**
   * One 64999 line for the family: quantity 1, no side modifier, what was done in the
   * description, and the comparator (the lines of the same units as thermal RF under
   * fluoroscopy, under the same convention).
   */
  private ClaimLine unlistedLine(JointFamily f, SidedUnits units, SidedUnits notReportable,
      ProcedureSet coded) {
    List<ClaimLine> comparator = new ArrayList<>(3);
    if (!units.isEmpty()) {
      FamilyLayout.layOut(convention.layout(), units, true,
          new FamilyLines(edition, f, convention, date, ProcedureSet.NONE, comparator));
    }
    UnlistedReasons reasons = UnlistedReasons.NONE;
    List<String> techniques = new ArrayList<>(2);
    List<String> imaging = new ArrayList<>(2);
    for (int i = 0; i < procedures.size(); i++) {
      if (coded.contains(i)) {
        DocumentedProcedure p = procedures.get(i);
        addOnce(techniques, p.technique().describe());
        addOnce(imaging, p.imaging().label());
        reasons = reasons.and(routing.reasons(i));
      }
    }
    if (!notReportable.isEmpty()) {
      reasons = reasons.with(UnlistedReason.NOT_REPORTABLE);
    }
    List<String> sites = new ArrayList<>();
    for (int s = 0; s < EACH_SIDE.length; s++) {
      for (String label : units.side(EACH_SIDE[s]).labels()) {
        sites.add(SIDE_PREFIX[s] + label);
      }
      for (String label : notReportable.side(EACH_SIDE[s]).labels()) {
        sites.add(SIDE_PREFIX[s] + label);
      }
    }
    StringBuilder d = new StringBuilder(edition.describe(edition.unlistedCode())).append(": ")
        .append(String.join(" and ", techniques)).append(" of paravertebral facet joint nerves, ")
        .append(f.label()).append(": ").append(String.join(", ", sites)).append("; ")
        .append(String.join(", ", imaging)).append("; unlisted because: ")
        .append(reasons.words(edition));
    for (int i = 0; i < comparator.size(); i++) {
      d.append(i == 0 ? "; comparator (thermal RF under fluoroscopy): " : ", ")
          .append(comparator.get(i).notation());
    }
    return ClaimLine.builder(edition.unlistedCode(), LineKind.UNLISTED)
        .family(f)
        .dateOfService(date)
        .description(d.toString())
        .comparator(ImmutableList.copyOf(comparator))
        .covering(units)
        .rules(LineRules.UNLISTED)
        .coding(coded)
        .build();
  }

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
