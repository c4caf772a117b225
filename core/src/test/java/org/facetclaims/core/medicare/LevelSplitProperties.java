package org.facetclaims.core.medicare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.coverage.LineCoverage;
import org.facetclaims.core.payer.PayerProfile;

/**
 * Invariants of the 2024 level rule over random lumbar sessions under every billing convention:
 * units beyond two levels are non-covered exactly when more than two joint levels are treated,
 * the joints they name are the levels beyond the first two, no line loses more units than it
 * has, and the order of the procedures never changes the result.
 */
class LevelSplitProperties {
  static final LocalDate DOS = LocalDate.of(2025, 3, 3);
  static final FacetJoint[] LUMBAR = {FacetJoint.L1_L2, FacetJoint.L2_L3, FacetJoint.L3_L4,
      FacetJoint.L4_L5, FacetJoint.L5_S1};
  static final Laterality[] SIDES = {Laterality.RIGHT, Laterality.LEFT, Laterality.BILATERAL};
  static final List<PayerProfile> PROFILES = List.of(PayerProfile.MEDICARE_PHYSICIAN,
      PayerProfile.RT_LT_LINES, PayerProfile.SINGLE_LINE_UNITS);
  static final Pattern JOINT = Pattern.compile("L[1-5]-(?:L[1-5]|S1)");

  /** A session: for each of the five lumbar joints, 0 = untreated or 1-3 = a side. */
  @Provide
  Arbitrary<List<Integer>> sessions() {
    return Arbitraries.integers().between(0, 3).list().ofSize(5)
        .filter(l -> l.stream().anyMatch(i -> i > 0));
  }

  @Property(tries = 300)
  void levelsBeyondTwo(@ForAll("sessions") List<Integer> sides,
      @ForAll("profiles") PayerProfile profile, @ForAll boolean split) {
    List<DocumentedProcedure> procs = procedures(sides, split);
    CoverageAssessment a = assess(procs, profile);
    int levels = (int) sides.stream().filter(i -> i > 0).count();
    int total = 0;
    Set<String> beyond = new TreeSet<>();
    for (LineCoverage c : a.lineCoverages()) {
      assertThat(c.nonCoveredUnits()).isBetween(0, c.units());
      total += c.nonCoveredUnits();
      for (String s : c.nonCoveredSites()) {
        Matcher m = JOINT.matcher(s);
        assertThat(m.find()).isTrue();
        beyond.add(m.group());
      }
    }
    boolean flagged = a.findings().stream()
        .anyMatch(f -> f.code() == FindingCode.COVERAGE_LEVELS_NON_COVERED);
    assertThat(flagged).isEqualTo(levels > 2);
    assertThat(total > 0).isEqualTo(levels > 2);
    assertThat(beyond).hasSize(Math.max(0, levels - 2));
    // the procedures in the other order give the same lines and the same units
    List<DocumentedProcedure> reversed = new ArrayList<>(procs);
    java.util.Collections.reverse(reversed);
    CoverageAssessment b = assess(reversed, profile);
    assertThat(b.result().lines()).isEqualTo(a.result().lines());
    assertThat(b.lineCoverages()).extracting(LineCoverage::nonCoveredUnits)
        .isEqualTo(a.lineCoverages().stream().map(LineCoverage::nonCoveredUnits).toList());
  }

  @Provide
  Arbitrary<PayerProfile> profiles() {
    return Arbitraries.of(PROFILES);
  }

  static List<DocumentedProcedure> procedures(List<Integer> sides, boolean split) {
    DocumentedProcedure.Builder first = MedicareCoverageTest.rf();
    DocumentedProcedure.Builder second = MedicareCoverageTest.rf();
    boolean any2 = false;
    for (int i = 0; i < LUMBAR.length; i++) {
      if (sides.get(i) > 0) {
        boolean toSecond = split && i % 2 == 1;
        (toSecond ? second : first).joint(LUMBAR[i], SIDES[sides.get(i) - 1]);
        any2 |= toSecond;
      }
    }
    List<DocumentedProcedure> out = new ArrayList<>();
    out.add(first.build());
    if (any2) {
      out.add(second.build());
    }
    out.removeIf(p -> p.sites().isEmpty());
    return out;
  }

  static CoverageAssessment assess(List<DocumentedProcedure> procs, PayerProfile profile) {
    CodingSession.Builder b = CodingSession.on(DOS);
    procs.forEach(b::add);
    CodingResult r = MedicareCoverageTest.ENGINE.code(b.build(), profile);
    return MedicareCoverage.standard().assess(r, CoverageContext.builder()
        .stateOfService("OH", "state").history(MedicareCoverageTest.blocksOk(DOS).build())
        .diagnosis("M47.816").placeOfService("11").build());
  }
}
