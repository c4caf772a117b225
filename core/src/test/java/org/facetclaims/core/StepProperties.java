package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.facetclaims.core.CodingProperties.Proc;
import org.facetclaims.core.CodingProperties.Site;
import org.facetclaims.core.CodingProperties.Spec;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.SpecNerveTable;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.codeset.UnitSet;
import org.facetclaims.core.payer.BillingConvention;
import org.facetclaims.core.payer.PayerProfile;

/**
 * The invariants of {@link CodingProperties}, held by the step that owns each: {@link
 * ResolveSites} resolves the units the spec's nerve table gives, whatever the order of sites and
 * procedures; {@link FamilyLayout} bills every unit once under every convention; {@link
 * BuildLines} never lays out an add-on without its own family's primary before it. Expected
 * values come from the literal §3 table in the tests ({@link SpecNerveTable}).
 */
class StepProperties {
  private static final Laterality[] SIDES =
      {Laterality.RIGHT, Laterality.LEFT, Laterality.UNKNOWN};
  private static final CodeSetEdition CURRENT =
      Fixtures.ENGINE.editions().forDate(Fixtures.CURRENT).orElseThrow();

  @Provide
  Arbitrary<Spec> sessions() {
    return CodingProperties.anySession();
  }

  @Provide
  Arbitrary<PayerProfile> profiles() {
    return Arbitraries.of(PayerProfile.standardProfiles().values());
  }

  private static CodeSetEdition edition(Spec spec) {
    return Fixtures.ENGINE.editions().forDate(spec.date()).orElseThrow();
  }

  private static ResolvedSites resolve(Spec spec, CodingSession session, Findings findings) {
    CodeSetEdition edition = edition(spec);
    Routing routing = RouteTechnique.apply(session.procedures(), edition, spec.date(), findings);
    return ResolveSites.apply(session.procedures(), routing, edition,
        LevelListReading.AS_VERTEBRAE, findings);
  }

  /** The units of one side from first principles: names of joints, or of nerves (legacy). */
  private static Set<String> expected(Spec spec, Laterality side) {
    Set<String> joints = new HashSet<>();
    Set<String> nerves = new HashSet<>();
    for (Proc p : spec.procs()) {
      for (Site s : p.sites()) {
        boolean onSide = s.side() == side
            || (s.side() == Laterality.BILATERAL && side != Laterality.UNKNOWN);
        if (!onSide) {
          continue;
        }
        if (s.joint() != null) {
          joints.add(s.joint().notation());
        } else {
          nerves.add(s.nerve().name());
        }
      }
    }
    if (spec.legacy()) {
      for (String j : joints) {
        nerves.addAll(SpecNerveTable.JOINT_NERVES.get(j));
      }
      return nerves;
    }
    SpecNerveTable.JOINT_NERVES.forEach((j, need) -> {
      if (nerves.containsAll(need)) {
        joints.add(j);
      }
    });
    return joints;
  }

  private static Set<String> names(UnitSet units) {
    return units.unit() == UnitOfService.JOINT
        ? units.joints().stream().map(FacetJoint::notation).collect(Collectors.toSet())
        : units.nerves().stream().map(Nerve::name).collect(Collectors.toSet());
  }

  /** Units equal joints (or nerves), side by side, at the step that resolves them. */
  @Property
  void resolvedUnitsAreTheSpecsJointsOrNervesPerSide(@ForAll("sessions") Spec spec) {
    ResolvedSites sites = resolve(spec, spec.build(), Findings.kept());
    SidedUnits units = sites.units(Route.DESTRUCTION);
    assertThat(units.unit()).isEqualTo(spec.legacy() ? UnitOfService.NERVE : UnitOfService.JOINT);
    for (Laterality side : SIDES) {
      assertThat(names(units.side(side))).as("%s %s", spec, side)
          .isEqualTo(expected(spec, side));
    }
    assertThat(sites.units(Route.UNLISTED).isEmpty()).isTrue();
  }

  /** The order of sites and procedures never changes what the step resolves or finds. */
  @Property
  void orderNeverChangesTheResolvedUnits(@ForAll("sessions") Spec spec, @ForAll long seed) {
    Findings f1 = Findings.kept();
    Findings f2 = Findings.kept();
    ResolvedSites a = resolve(spec, spec.build(), f1);
    ResolvedSites b = resolve(spec, spec.shuffled(seed), f2);
    for (Route route : Route.values()) {
      assertThat(b.units(route)).as("%s", spec).isEqualTo(a.units(route));
    }
    assertThat(b.notReportable()).isEqualTo(a.notReportable());
    assertThat(f2.inResultOrder()).isEqualTo(f1.inResultOrder());
  }

  @Provide
  Arbitrary<Set<FacetJoint>> unitSets() {
    return Arbitraries.of(List.copyOf(FacetJoint.reportable())).set().ofMaxSize(5);
  }

  /**
   * Every unit on exactly one line, the quantities adding up to the units (a 50 line's quantity
   * counting both sides, a plain-and-50 pair of {@code 50-second-line} read as one bilateral
   * line), units without a side only on lines without a modifier, and the primary on the first
   * line when it is available, under every convention.
   */
  @Property
  void familyLayoutBillsEveryUnitOnce(@ForAll("unitSets") Set<FacetJoint> right,
      @ForAll("unitSets") Set<FacetJoint> left, @ForAll("unitSets") Set<FacetJoint> unsided,
      @ForAll boolean primaryAvailable) {
    SidedUnits units = SidedUnits.of(UnitSet.ofJoints(right), UnitSet.ofJoints(left),
        UnitSet.ofJoints(unsided));
    for (BillingConvention c : BillingConvention.values()) {
      List<ClaimLine> lines = new ArrayList<>();
      FamilyLayout.layOut(c.layout(), units, primaryAvailable, new FamilyLines(CURRENT,
          JointFamily.LUMBAR_SACRAL, c, Fixtures.CURRENT, ProcedureSet.NONE, lines));
      SidedUnits covered = SidedUnits.none(UnitOfService.JOINT);
      int billed = 0;
      for (ClaimLine l : lines) {
        assertThat(covered.right().and(l.units().right()).isEmpty()).isTrue();
        assertThat(covered.left().and(l.units().left()).isEmpty()).isTrue();
        assertThat(covered.unsided().and(l.units().unsided()).isEmpty()).isTrue();
        covered = covered.or(l.units());
      }
      // a plain-and-50 pair of 50-second-line is read as its bilateral line
      for (CodingProperties.ReadLine rl : CodingProperties.readAsPairs(c.layout(), lines)) {
        ClaimLine l = rl.line();
        billed += l.quantity() * (rl.modifiers().contains(Modifier.BILATERAL) ? 2 : 1);
        if (!l.units().unsided().isEmpty()) {
          assertThat(l.modifiers()).as("%s", lines).isEmpty();
          assertThat(l.units().hasSidedUnits()).isFalse();
        }
      }
      assertThat(covered).as("%s: %s", c, lines).isEqualTo(units);
      assertThat(billed).isEqualTo(units.size());
      boolean primary = lines.stream().anyMatch(l -> l.kind() == LineKind.PRIMARY);
      assertThat(primary).isEqualTo(primaryAvailable && !units.isEmpty());
      if (primary) {
        assertThat(lines.get(0).kind()).isEqualTo(LineKind.PRIMARY);
      }
    }
  }

  /**
   * In every family the step lays out, an add-on line comes after its own family's primary; the
   * one exception is the thoracolumbar payer option, whose lumbar add-ons follow the
   * cervical/thoracic primary (coding-rules §3).
   */
  @Property
  void addOnsFollowTheirFamilysPrimary(@ForAll("sessions") Spec spec,
      @ForAll("profiles") PayerProfile profile) {
    CodingSession session = spec.build();
    CodeSetEdition edition = edition(spec);
    Findings findings = Findings.kept();
    Routing routing = RouteTechnique.apply(session.procedures(), edition, spec.date(), findings);
    ResolvedSites sites = ResolveSites.apply(session.procedures(), routing, edition,
        LevelListReading.AS_VERTEBRAE, findings);
    LaidOutLines laidOut = new BuildLines(session, edition, profile, routing)
        .apply(sites, findings);
    boolean optionApplied = findings.inResultOrder().stream()
        .anyMatch(f -> f.code() == FindingCode.THORACOLUMBAR_OPTION_APPLIED);
    for (JointFamily f : JointFamily.values()) {
      ImmutableList<ClaimLine> lines = laidOut.family(f);
      boolean junctionAddOns = optionApplied && f == JointFamily.LUMBAR_SACRAL;
      for (int i = 0; i < lines.size(); i++) {
        ClaimLine l = lines.get(i);
        assertThat(l.family()).contains(f);
        if (l.kind() == LineKind.ADD_ON) {
          if (junctionAddOns) {
            assertThat(laidOut.family(JointFamily.CERVICAL_THORACIC))
                .anyMatch(p -> p.kind() == LineKind.PRIMARY);
          } else {
            assertThat(lines.subList(0, i)).as("%s", lines)
                .anyMatch(p -> p.kind() == LineKind.PRIMARY);
          }
        }
      }
      if (junctionAddOns) {
        assertThat(lines).noneMatch(l -> l.kind() == LineKind.PRIMARY);
      }
    }
  }
}
