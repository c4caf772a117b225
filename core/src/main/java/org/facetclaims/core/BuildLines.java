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

  BuildLines(CodingSession session, CodeSetEdition edition, PayerProfile profile,
      Routing routing) {
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
    boolean junction = edition.unit() == UnitOfService.JOINT
        && profile.thoracolumbarJunctionAsLumbar() && junctionTreated(destruction);
    if (junction) {
      findings.add(Finding.of(FindingCode.THORACOLUMBAR_OPTION_APPLIED, "T12-L1 and L1-L2 were"
          + " treated together: the lumbar joints are "
          + edition.addOnCode(JointFamily.LUMBAR_SACRAL) + " add-on units of "
          + edition.primaryCode(JointFamily.CERVICAL_THORACIC) + " under profile "
          + profile.name() + "."));
    }
    return new LaidOutLines(sites.reading(), convention,
        family(JointFamily.CERVICAL_THORACIC, sites, true),
        family(JointFamily.LUMBAR_SACRAL, sites, !junction));
  }

  private ImmutableList<ClaimLine> family(JointFamily f, ResolvedSites sites,
      boolean primaryAllowed) {
    SidedUnits destruction = sites.units(Route.DESTRUCTION).inFamily(f);
    SidedUnits unlisted = sites.units(Route.UNLISTED).inFamily(f);
    SidedUnits notReportable = f == JointFamily.CERVICAL_THORACIC ? sites.notReportable()
        : SidedUnits.none(UnitOfService.JOINT);
    if (destruction.isEmpty() && unlisted.isEmpty() && notReportable.isEmpty()) {
      return ImmutableList.of();
    }
    List<ClaimLine> lines = new ArrayList<>(3);
    if (!destruction.isEmpty()) {
      FamilyLayout.layOut(convention.layout(), destruction, primaryAllowed, new FamilyLines(
          edition, f, convention, date, sites.contributing(Route.DESTRUCTION, f), lines));
    }
    if (!unlisted.isEmpty() || !notReportable.isEmpty()) {
      lines.add(unlistedLine(f, unlisted, notReportable, sites.contributing(Route.UNLISTED, f)));
    }
    return ImmutableList.copyOf(lines);
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
